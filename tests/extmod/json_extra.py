# json.dumps options beyond separators (FE_JSON_EXTRA): indent, sort_keys, ensure_ascii, default.
import json
print(json.dumps({'b': [1, {'c': []}], 'a': {}}, indent=2, sort_keys=True))
print(json.dumps([1,[2]], indent='\t'), json.dumps([1,{'a':2}], separators=(',', ':')), json.dumps('é😀', ensure_ascii=False))
print(json.dumps([], indent=2), json.dumps({}, indent=0), json.dumps([1], indent=0), json.dumps("x"), json.dumps(3), json.dumps(None))
print(json.dumps({'a': 1}, default=str), json.dumps([object], default=lambda o: 'X'))
