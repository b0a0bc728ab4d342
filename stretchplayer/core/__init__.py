"""The product's facts: poses and the library, the settable fields, wording (stdlib only)."""
