# json by its micro name where available; module-level names and the exception class.
try:
    import ujson as json
except ImportError:
    import json
print(json.dumps({"a": [1, 2.5, None, True, "x\u00e9"]}))
print(json.loads('{"a": [1, 2.5, null, true, "x\\u00e9"]}'))
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, e)
