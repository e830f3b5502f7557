// py/argparse.c: argument checking and keyword parsing for functions written in C.
#include "py/obj.h"

void fe_arg_check_num(size_t n_args, size_t n_kw, size_t min, size_t max, bool takes_kw) {
    if (n_kw != 0 && !takes_kw) {
        fe_raise_msg(&fe_type_TypeError, "function takes no keyword arguments");
    }
    if (n_args < min) {
        if (min == max) {
            fe_raise_fmt(&fe_type_TypeError, "function takes %d positional arguments but %d were given",
                         (int)min, (int)n_args);
        }
        fe_raise_fmt(&fe_type_TypeError, "function missing %d required positional arguments", (int)(min - n_args));
    }
    if (n_args > max) {
        if (min == max) {
            fe_raise_fmt(&fe_type_TypeError, "function takes %d positional arguments but %d were given",
                         (int)max, (int)n_args);
        }
        fe_raise_fmt(&fe_type_TypeError, "function expected at most %d arguments, got %d", (int)max, (int)n_args);
    }
}

static fe_obj_t convert(const fe_arg_spec_t *spec, fe_obj_t value) {
    switch (spec->flags & 0xff) {
        case FE_ARG_INT:
            return FE_IS_SMALL_INT(value) ? value : fe_int_from_int(fe_get_int(value));
        case FE_ARG_BOOL:
            return fe_bool(fe_is_true(value));
        default:
            return value;
    }
}

void fe_parse_args(size_t n_pos, const fe_obj_t *args, fe_map_t *kw, size_t n_spec,
                   const fe_arg_spec_t *spec, fe_obj_t *out) {
    size_t n_positional_ok = 0;
    while (n_positional_ok < n_spec && !(spec[n_positional_ok].flags & FE_ARG_KW_ONLY)) {
        n_positional_ok++;
    }
    if (n_pos > n_positional_ok) {
        fe_raise_fmt(&fe_type_TypeError, "function takes at most %d positional arguments (%d given)",
                     (int)n_positional_ok, (int)n_pos);
    }
    size_t kw_used = 0;
    for (size_t i = 0; i < n_spec; i++) {
        fe_obj_t value = FE_NULL;
        fe_map_elem_t *e = NULL;
        if (kw != NULL && kw->count != 0) {
            e = fe_map_lookup(kw, FE_NEW_QSTR(spec[i].name), FE_MAP_LOOKUP);
        }
        if (i < n_pos) {
            if (e != NULL) {
                fe_raise_fmt(&fe_type_TypeError, "argument for function given by name ('%q') and position (%d)",
                             (qstr)spec[i].name, (int)(i + 1));
            }
            value = args[i];
        } else if (e != NULL) {
            value = e->value;
            kw_used++;
        }
        if (value == FE_NULL) {
            if (spec[i].flags & FE_ARG_REQUIRED) {
                fe_raise_fmt(&fe_type_TypeError, "function missing required argument '%q' (pos %d)",
                             (qstr)spec[i].name, (int)(i + 1));
            }
            out[i] = spec[i].def;
        } else {
            out[i] = convert(&spec[i], value);
        }
    }
    if (kw != NULL && kw_used < kw->count) {
        // name the first keyword that matches no parameter
        size_t it = 0;
        fe_map_elem_t *e;
        while ((e = fe_map_next(kw, &it)) != NULL) {
            bool known = false;
            for (size_t i = 0; i < n_spec && !known; i++) {
                known = fe_equal(e->key, FE_NEW_QSTR(spec[i].name));
            }
            if (!known) {
                fe_raise_fmt(&fe_type_TypeError, "'%S' is an invalid keyword argument for this function", e->key);
            }
        }
    }
}

void fe_parse_args_pairs(size_t n_args, size_t n_kw, const fe_obj_t *args, size_t n_spec,
                         const fe_arg_spec_t *spec, fe_obj_t *out) {
    fe_map_t kw;
    fe_map_init_fixed(&kw, n_kw, (const fe_map_elem_t *)(args + n_args));
    fe_parse_args(n_args, args, &kw, n_spec, spec, out);
}
