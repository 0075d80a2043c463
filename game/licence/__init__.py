"""The little driving licence: what it says (model), and its printable PDF (pdf)."""
