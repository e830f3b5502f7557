# More format-spec corners: precision-only specs, '#' forms, zero padding with alignment.
for v in [0.0, 1e16, 123.456, 0.5, 1.5, 9.5, 99.5, 1e-5, 12345678.0, -0.0, 100.0, 5e-324]:
    print([format(v, s) for s in ['.0', '.1', '.2', '#.0', '#.1', '+.0', '.0%', '#.0g', '#', '#.2', '010.0', '.0e', '#.0E']])
for v in [0, 5, -5, 255, 10**20]:
    print([format(v, s) for s in ['#', '#d', '#010x', '+#o', ' #b', '=^10', '0^10', '0<5', '0>5', '*=+8', '_', '#_o', '#_b', ',.2%', '.1e', 'G']])
