from .. import value as parent_value
