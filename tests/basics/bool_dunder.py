# bool's own & | ^ methods (left out of the micro:bit firmware, FE_NUMBERS_BOOL_DUNDERS):
# bool with bool stays a bool, with an int it is int's operation, else NotImplemented.
print(True.__and__(True), True.__or__(0), False.__xor__(True), True.__rand__(False), False.__ror__(True), True.__rxor__(True))
print(True.__and__(3), True.__or__(2), True.__xor__(1.5), bool.__and__(False, True))
print(True & False, True | False, True ^ True, 1 & True, True | 2)
