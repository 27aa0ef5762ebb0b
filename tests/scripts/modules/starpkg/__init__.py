__all__ = ["sub1", "sub2", "value"]
value = "starpkg value"
hidden = "not in __all__"
