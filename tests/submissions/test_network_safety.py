"""https only (except loopback), TLS always verified, proxies honoured but never for loopback."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from dataclasses import replace
from pathlib import Path

import pytest

from takeitdown_client.core.netutil import is_loopback_host, sanitize_text
from takeitdown_client.core.payload import SubmissionPayload
from takeitdown_client.core.registry import (
    RegistryError,
    RegistryErrorCode,
    TakeItDownClient,
    client_for,
    new_idempotency_key,
)
from takeitdown_client.core.settings import RegistryProfile
from takeitdown_client.registry_server import RunningServer

from .conftest import FAST
from .flaky_server import FlakyServer

ONE_RETRY = replace(FAST, retries=1)


def use_proxy(monkeypatch: pytest.MonkeyPatch, proxy_url: str) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, proxy_url)


@pytest.mark.parametrize(
    "url",
    [
        "http://registry.example.org",
        "http://10.0.0.5:8080",
        "http://[2001:db8::1]/",
        "http://127.example.org",
    ],
)
def test_plain_http_to_another_host_is_refused_without_connecting(
    url: str, monkeypatch: pytest.MonkeyPatch, bare_flaky: FlakyServer
) -> None:
    # Any connection attempt would go through this "proxy" and be recorded.
    use_proxy(monkeypatch, bare_flaky.url)
    for kind, bank in (("takeitdown", None), ("hma", "BANK")):
        with pytest.raises(RegistryError) as caught:
            client_for(RegistryProfile("x", kind, url, bank=bank), options=ONE_RETRY)
        assert caught.value.code == RegistryErrorCode.INSECURE_URL
    assert bare_flaky.received == []


@pytest.mark.parametrize(
    "url",
    [
        "ftp://registry.example.org",
        "registry.example.org",
        "https://user:pw@example.org",
        "https://example.org/?a=1",
        "https://:80",
        "",
    ],
)
def test_bad_urls_are_refused(url: str) -> None:
    with pytest.raises(RegistryError) as caught:
        TakeItDownClient(url, options=FAST)
    assert caught.value.code == RegistryErrorCode.INVALID_URL


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("127.0.0.1.example.org", False),
        ("10.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("example.org", False),
        ("", False),
    ],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_loopback_traffic_never_goes_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch,
    registry: RunningServer,
    bare_flaky: FlakyServer,
    payload: SubmissionPayload,
) -> None:
    use_proxy(monkeypatch, bare_flaky.url)
    receipt = TakeItDownClient(registry.url, options=FAST).submit(
        payload.to_bytes(), new_idempotency_key()
    )
    assert receipt.case_id
    assert bare_flaky.received == []


def test_environment_proxies_are_honoured_for_other_hosts(
    monkeypatch: pytest.MonkeyPatch, bare_flaky: FlakyServer
) -> None:
    use_proxy(monkeypatch, bare_flaky.url)
    client = TakeItDownClient("https://registry.example.invalid", options=ONE_RETRY)
    with pytest.raises(RegistryError) as caught:
        client.info()
    assert caught.value.code == RegistryErrorCode.CONNECTION_FAILED
    assert bare_flaky.received
    assert {r.method for r in bare_flaky.received} == {"CONNECT"}
    assert bare_flaky.received[0].path == "registry.example.invalid:443"


@pytest.fixture
def self_signed(tmp_path: Path) -> tuple[Path, ssl.SSLContext]:
    crypto = pytest.importorskip("cryptography")
    del crypto
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test registry")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path = tmp_path / "registry-ca.pem"
    key_path = tmp_path / "registry-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return cert_path, context


def test_tls_is_verified_and_a_custom_ca_bundle_is_honoured(
    self_signed: tuple[Path, ssl.SSLContext],
    registry: RunningServer,
    payload: SubmissionPayload,
) -> None:
    cert_path, context = self_signed
    server = FlakyServer(upstream=registry.url, tls=context)
    try:
        with pytest.raises(RegistryError) as caught:
            TakeItDownClient(server.url, options=ONE_RETRY).submit(
                payload.to_bytes(), new_idempotency_key()
            )
        assert caught.value.code == RegistryErrorCode.TLS_ERROR
        assert registry.store.counts()["cases"] == 0

        profile = RegistryProfile("Help centre", "takeitdown", server.url, ca_bundle=str(cert_path))
        receipt = client_for(profile, options=FAST).submit(
            payload.to_bytes(), new_idempotency_key()
        )
        assert registry.store.raw_body(receipt.case_id) == payload.to_bytes()
    finally:
        server.stop()


def test_missing_ca_bundle_is_a_tls_error(tmp_path: Path) -> None:
    with pytest.raises(RegistryError) as caught:
        TakeItDownClient("https://example.org", ca_bundle=str(tmp_path / "nope.pem"))
    assert caught.value.code == RegistryErrorCode.TLS_ERROR


def test_sanitize_text() -> None:
    assert sanitize_text("a\x00b\u202ec\n\td  e") == "a b c d e"
    assert len(sanitize_text("x" * 10_000, 50)) == 50
    assert sanitize_text(12) == "12"
