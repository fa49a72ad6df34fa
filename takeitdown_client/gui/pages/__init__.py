"""The wizard's pages, one module each, in the order the person meets them."""
