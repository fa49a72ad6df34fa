"""resources/registry-api.yaml is valid OpenAPI 3.1 and agrees with the server."""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import pytest
import requests

from takeitdown_client.registry_server.errors import ErrorCode
from takeitdown_client.registry_server.validation import Limits, validate_payload
from takeitdown_client.resources import resource_path

from .helpers import bearer, make_payload, mutate, submit
from .test_registry_api import BASE, INVALID_PAYLOADS

yaml = pytest.importorskip("yaml")
jsonschema = pytest.importorskip("jsonschema")
openapi_spec_validator = pytest.importorskip("openapi_spec_validator")


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(resource_path("registry-api.yaml").read_text(encoding="utf-8"))


def validator(name: str) -> Any:
    root = {"$ref": f"#/components/schemas/{name}", "components": spec()["components"]}
    return jsonschema.Draft202012Validator(
        root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_spec_is_valid_openapi_31():
    assert spec()["openapi"].startswith("3.1")
    openapi_spec_validator.validate(spec())


def test_spec_covers_the_contract():
    paths = spec()["paths"]
    assert set(paths["/v1/submissions/{case_id}"]) >= {"get", "delete"}
    assert "post" in paths["/v1/submissions"] and "get" in paths["/v1/info"]
    for path in ("/status", "/c/banks", "/c/bank/{bank_name}/signal", "/m/lookup"):
        assert path in paths
    codes = spec()["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["code"]
    assert set(codes["enum"]) == {str(code) for code in ErrorCode}


def test_payload_example_is_valid_for_both():
    example = spec()["components"]["examples"]["Payload"]["value"]
    assert not list(validator("SubmissionPayload").iter_errors(example))
    validate_payload(example, Limits())


@pytest.mark.parametrize("case", sorted(INVALID_PAYLOADS))
def test_schema_refuses_what_the_server_refuses(case):
    path, value = INVALID_PAYLOADS[case]
    assert list(validator("SubmissionPayload").iter_errors(mutate(BASE, path, value)))


@pytest.mark.parametrize("seed", range(5))
def test_schema_accepts_what_the_server_accepts(seed):
    payload = make_payload(seed)
    validate_payload(payload, Limits())
    assert not list(validator("SubmissionPayload").iter_errors(payload))
    no_dihedral = copy.deepcopy(payload)
    del no_dihedral["items"][0]["pdq_dihedral"]
    assert not list(validator("SubmissionPayload").iter_errors(no_dihedral))


def test_answers_match_their_schemas(registry):
    info = requests.get(f"{registry.url}/v1/info", timeout=5).json()
    validator("Info").validate(info)
    receipt = submit(registry.url, make_payload(1)).json()
    validator("Receipt").validate(receipt)
    url = f"{registry.url}/v1/submissions/{receipt['case_id']}"
    validator("CaseStatus").validate(
        requests.get(url, headers=bearer(receipt["receipt_token"]), timeout=5).json()
    )
    validator("CaseStatus").validate(
        requests.delete(url, headers=bearer(receipt["receipt_token"]), timeout=5).json()
    )
    validator("Error").validate(requests.get(url, timeout=5).json())
    validator("Error").validate(submit(registry.url, b"{").json())
