// extmod/modtime.c: the time module (also utime): sleeps, the ticks counters of
// MicroPython, and the wall clock with struct_time conversions (a subset of CPython's).
//
// Ticks: ticks_ms/us/cpu count modulo FE_TICKS_PERIOD (2**30, a small int on every port);
// ticks_add and ticks_diff do the modular arithmetic, so ticks_diff(ticks_add(t, d), t)
// == d for |d| < period/2 whatever wrapped. ticks_cpu is the microsecond counter here.
// Sleeps wait through fe_port_sleep_us, which returns early on Ctrl-C; the pending
// KeyboardInterrupt is raised at once. The wall clock (time, time_ns, localtime, mktime)
// needs FE_PORT_HAS_RTC (default: on ports with an OS); gmtime is computed here.
#include "py/obj.h"
#include "py/port.h"
#include "extmod/libutil.h"
#if FE_FLOAT_IMPL == FE_FLOAT_SINGLE
#include "lib/libm/libm.h"
#define FLOAT_TO_INT64 fe_float_to_int64  // libgcc's 64-bit conversions would pull in doubles
#define INT64_TO_FLOAT fe_int64_to_float
#else
#define FLOAT_TO_INT64(x) ((int64_t)(x))
#define INT64_TO_FLOAT(x) ((fe_float_t)(x))
#endif

#ifndef FE_PORT_HAS_FILES
#define FE_PORT_HAS_FILES 0
#endif
#if FE_LIBS_EXTRA && !FE_TIME_CALENDAR
#error "time.strftime (FE_LIBS_EXTRA) needs FE_TIME_CALENDAR"
#endif
#ifndef FE_PORT_HAS_RTC
#define FE_PORT_HAS_RTC FE_PORT_HAS_FILES
#endif

#define FE_TICKS_PERIOD ((fe_int_t)1 << 30)
#define FE_TICKS_MASK (FE_TICKS_PERIOD - 1)
#define FE_TICKS_HALF (FE_TICKS_PERIOD / 2)

static void sleep_us_checked(uint64_t us) {
    fe_port_sleep_us(us);
    fe_lib_raise_pending();
}

static fe_obj_t time_sleep(fe_obj_t arg) {
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    fe_float_t s;
    if (!fe_get_float_maybe(arg, &s)) {
        fe_raise_fmt(&fe_type_TypeError, "'%T' object cannot be interpreted as an integer", arg);
    }
    if (s < 0) {
        fe_raise_msg(&fe_type_ValueError, "sleep length must be non-negative");
    }
    if (s != s || s > (fe_float_t)1e12) {
        fe_raise_msg(&fe_type_OverflowError, "sleep length is too large");
    }
    sleep_us_checked((uint64_t)FLOAT_TO_INT64(s * 1000000 + (fe_float_t)0.5));
#else
    fe_int_t s = fe_get_int(arg);
    if (s < 0) {
        fe_raise_msg(&fe_type_ValueError, "sleep length must be non-negative");
    }
    sleep_us_checked((uint64_t)s * 1000000u);
#endif
    return fe_none;
}
static FE_DEFINE_FUN_1(time_sleep_obj, Q_sleep, time_sleep);

// sleep_ms/sleep_us: negative values sleep 0, as MicroPython.
static fe_obj_t time_sleep_ms(fe_obj_t arg) {
    fe_int_t ms = fe_get_int(arg);
    if (ms > 0) {
        sleep_us_checked((uint64_t)ms * 1000u);
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(time_sleep_ms_obj, Q_sleep_ms, time_sleep_ms);

static fe_obj_t time_sleep_us(fe_obj_t arg) {
    fe_int_t us = fe_get_int(arg);
    if (us > 0) {
        sleep_us_checked((uint64_t)us);
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(time_sleep_us_obj, Q_sleep_us, time_sleep_us);

static fe_obj_t time_ticks_ms(void) {
    return FE_NEW_SMALL_INT((fe_int_t)(fe_port_ticks_us() / 1000u) & FE_TICKS_MASK);
}
static FE_DEFINE_FUN_0(time_ticks_ms_obj, Q_ticks_ms, time_ticks_ms);

static fe_obj_t time_ticks_us(void) {
    return FE_NEW_SMALL_INT((fe_int_t)fe_port_ticks_us() & FE_TICKS_MASK);
}
static FE_DEFINE_FUN_0(time_ticks_us_obj, Q_ticks_us, time_ticks_us);
static FE_DEFINE_FUN_0(time_ticks_cpu_obj, Q_ticks_cpu, time_ticks_us);

static fe_obj_t time_ticks_add(fe_obj_t ticks, fe_obj_t delta) {
    fe_int_t t = fe_get_int(ticks);
    fe_int_t d = fe_get_int(delta);
    if (d < -FE_TICKS_HALF || d >= FE_TICKS_HALF) {
        fe_raise_msg(&fe_type_OverflowError, "ticks interval overflow");
    }
    return FE_NEW_SMALL_INT((t + d) & FE_TICKS_MASK);
}
static FE_DEFINE_FUN_2(time_ticks_add_obj, Q_ticks_add, time_ticks_add);

static fe_obj_t time_ticks_diff(fe_obj_t end, fe_obj_t start) {
    fe_int_t e = fe_get_int(end);
    fe_int_t s = fe_get_int(start);
    return FE_NEW_SMALL_INT(((e - s + FE_TICKS_HALF) & FE_TICKS_MASK) - FE_TICKS_HALF);
}
static FE_DEFINE_FUN_2(time_ticks_diff_obj, Q_ticks_diff, time_ticks_diff);

#if FE_FLOAT_IMPL != FE_FLOAT_NONE
static fe_obj_t time_monotonic(void) {
    return fe_float_new(INT64_TO_FLOAT((int64_t)fe_port_ticks_us()) / (fe_float_t)1000000);
}
static FE_DEFINE_FUN_0(time_monotonic_obj, Q_monotonic, time_monotonic);
#endif

static fe_obj_t time_monotonic_ns(void) {
    return fe_int_from_ull(fe_port_ticks_us() * 1000u);
}
static FE_DEFINE_FUN_0(time_monotonic_ns_obj, Q_monotonic_ns, time_monotonic_ns);

// ---- struct_time ------------------------------------------------------------------------

static const uint16_t struct_time_fields[] = {
    Q_tm_year, Q_tm_mon, Q_tm_mday, Q_tm_hour, Q_tm_min, Q_tm_sec, Q_tm_wday, Q_tm_yday, Q_tm_isdst,
};
static const fe_attrtuple_desc_t struct_time_desc = {"time.struct_time", 9, struct_time_fields};

static fe_obj_t struct_time_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args);

const fe_type_t fe_type_struct_time = {
    .base = {&fe_type_type}, .name = Q_struct_time, .print = fe_attrtuple_print,
    .make_new = struct_time_make_new,
    .unary_op = fe_attrtuple_unary_op, .binary_op = fe_attrtuple_binary_op,
    .attr = fe_attrtuple_attr, .subscr = fe_attrtuple_subscr,
    .getiter = fe_attrtuple_getiter, .protocol = &struct_time_desc,
};

#if FE_TIME_CALENDAR
// The 9 items of a struct_time or a 9-sequence (TypeError as CPython otherwise).
static void time_tuple_items(fe_obj_t seq, const char *fname, fe_obj_t *items9) {
    if (fe_obj_is_type_ptr(seq, &fe_type_struct_time)) {
        seq = ((fe_attrtuple_t *)seq)->tuple;
    }
    if (!fe_obj_is_type_ptr(seq, &fe_type_tuple)) {
        fe_raise_msg(&fe_type_TypeError, "Tuple or struct_time argument required");
    }
    size_t n;
    fe_obj_t *items;
    fe_get_array(seq, &n, &items);
    if (n != 9) {
        fe_raise_fmt(&fe_type_TypeError, "%s(): illegal time tuple argument", fname);
    }
    for (size_t i = 0; i < 9; i++) {
        if (!fe_is_int(items[i])) {
            fe_raise_fmt(&fe_type_TypeError, "'%T' object cannot be interpreted as an integer", items[i]);
        }
        items9[i] = items[i];
    }
}
#endif

static fe_obj_t struct_time_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_arg_check_num(n_args, n_kw, 1, 1, false);
    fe_obj_t seq = args[0];
    if (fe_obj_is_type_ptr(seq, &fe_type_struct_time)) {
        return seq;
    }
    size_t n;
    fe_obj_t *items;
    if (fe_is_str(seq) || !fe_typeof(seq)->getiter) {
        fe_raise_msg(&fe_type_TypeError, "constructor requires a sequence");
    }
    fe_get_array(seq, &n, &items);
    if (n != 9) {
        fe_raise_fmt(&fe_type_TypeError, "time.struct_time() takes a 9-sequence (%d-sequence given)", (int)n);
    }
    return fe_attrtuple_new(&fe_type_struct_time, 9, items);
}

#if FE_TIME_CALENDAR
static fe_obj_t make_struct_time(const int f[9]) {
    fe_obj_t items[9];
    for (int i = 0; i < 9; i++) {
        items[i] = FE_NEW_SMALL_INT(f[i]);
    }
    return fe_attrtuple_new(&fe_type_struct_time, 9, items);
}

// Floor division of a by d > 0 (one 64-bit division call); *rem gets the remainder, in [0, d).
static int64_t floor_divmod(int64_t a, int32_t d, int32_t *rem) {
    int64_t q = a / d;
    int32_t r = (int32_t)(a - q * d);
    if (r < 0) {
        q--;
        r += d;
    }
    *rem = r;
    return q;
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back (era-based arithmetic:
// 400-year eras of 146097 days, a multiple of 7 weeks). Only the era split needs 64 bits;
// within an era everything fits 32 (no 64-bit division calls on a Cortex-M0).
#if !FE_PORT_HAS_RTC  // mktime's inverse of gmtime when the port has no clock of its own
static int64_t days_from_civil(int64_t y, int m, int d) {
    int32_t yoe;
    int64_t era = floor_divmod(y - (m <= 2), 400, &yoe);
    int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
#endif

// out[0..2] and out[6..7] (year, month, day, weekday, day of year) of day z since 1970.
static void civil_from_days(int64_t z, int out[9]) {
    int32_t doe;
    int64_t era = floor_divmod(z + 719468, 146097, &doe);  // of days since 0000-03-01
    int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);  // from March 1st
    int32_t mp = (5 * doy + 2) / 153;
    int32_t m = mp < 10 ? mp + 3 : mp - 9;
    bool leap = yoe % 4 == 0 && (yoe % 100 != 0 || yoe == 0);  // of the year holding March
    out[0] = (int)(yoe + era * 400 + (m <= 2));
    out[1] = (int)m;
    out[2] = (int)(doy - (153 * mp + 2) / 5 + 1);
    out[6] = (int)((doe + 2) % 7);  // 0000-03-01 was a Wednesday (Monday = 0)
    out[7] = (int)(m <= 2 ? doy - 305 : doy + 60 + leap);
}

static void gmtime_fields(int64_t t, int out[9]) {
    int32_t secs;
    civil_from_days(floor_divmod(t, 86400, &secs), out);
    out[3] = (int)(secs / 3600);
    out[4] = (int)(secs / 60 % 60);
    out[5] = (int)(secs % 60);
    out[8] = 0;
}

// Seconds argument of gmtime/localtime: None means now; floats are floored.
static int64_t seconds_arg(size_t n_args, const fe_obj_t *args) {
    if (n_args == 0 || args[0] == fe_none) {
#if FE_PORT_HAS_RTC
        int64_t ns = fe_port_time_ns();
        return ns >= 0 ? ns / 1000000000 : -((-ns + 999999999) / 1000000000);
#else
        return (int64_t)(fe_port_ticks_us() / 1000000u);
#endif
    }
    fe_obj_t a = args[0];
    if (fe_is_int(a)) {
        int64_t v;
        if (!fe_lib_get_int64(a, &v)) {
            fe_raise_msg(&fe_type_OverflowError, "timestamp out of range for platform time_t");
        }
        return v;
    }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    if (fe_obj_is_type_ptr(a, &fe_type_float)) {
        fe_float_t f = fe_float_value(a);
        if (!(f > (fe_float_t)-1e15 && f < (fe_float_t)1e15)) {
            if (f != f) {
                fe_raise_msg(&fe_type_ValueError, "Invalid value NaN (not a number)");
            }
            fe_raise_msg(&fe_type_OverflowError, "timestamp out of range for platform time_t");
        }
        int64_t i = FLOAT_TO_INT64(f);
        return INT64_TO_FLOAT(i) > f ? i - 1 : i;
    }
#endif
    fe_raise_fmt(&fe_type_TypeError, "'%T' object cannot be interpreted as an integer", a);
}

static void check_year_range(int64_t t) {
    // keep the year within an int (CPython: "timestamp out of range for platform time_t")
    if (t > (int64_t)67767976233316800LL || t < -(int64_t)67768040609740800LL) {
        fe_raise_msg(&fe_type_OverflowError, "timestamp out of range for platform time_t");
    }
}

static fe_obj_t time_gmtime(size_t n_args, const fe_obj_t *args) {
    int64_t t = seconds_arg(n_args, args);
    check_year_range(t);
    int f[9];
    gmtime_fields(t, f);
    return make_struct_time(f);
}
static FE_DEFINE_FUN_VAR(time_gmtime_obj, Q_gmtime, 0, 1, time_gmtime);

static fe_obj_t time_localtime(size_t n_args, const fe_obj_t *args) {
    int64_t t = seconds_arg(n_args, args);
    check_year_range(t);
    int f[9];
#if FE_PORT_HAS_RTC
    fe_port_localtime(t, f);
#else
    gmtime_fields(t, f);
#endif
    return make_struct_time(f);
}
static FE_DEFINE_FUN_VAR(time_localtime_obj, Q_localtime, 0, 1, time_localtime);

static fe_obj_t time_mktime(fe_obj_t arg) {
    fe_obj_t items[9];
    time_tuple_items(arg, "mktime", items);
    int f[9];
    for (int i = 0; i < 9; i++) {
        fe_int_t v = fe_get_int(items[i]);
        if (v > 0x7fffffff || v < -0x7fffffff) {
            fe_raise_msg(&fe_type_OverflowError, "signed integer is greater than maximum");
        }
        f[i] = (int)v;
    }
#if FE_PORT_HAS_RTC
    int64_t t = fe_port_mktime(f);
#else
    int64_t t = (days_from_civil(f[0], f[1], f[2])) * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
#endif
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    return fe_float_new(INT64_TO_FLOAT(t));
#else
    return fe_int_from_ll(t);
#endif
}
static FE_DEFINE_FUN_1(time_mktime_obj, Q_mktime, time_mktime);
#endif

#if FE_PORT_HAS_RTC
static fe_obj_t time_time(void) {
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    return fe_float_new(INT64_TO_FLOAT((int64_t)fe_port_time_ns()) / (fe_float_t)1e9);
#else
    return fe_int_from_ll(fe_port_time_ns() / 1000000000);
#endif
}
static FE_DEFINE_FUN_0(time_time_obj, Q_time, time_time);

static fe_obj_t time_time_ns(void) {
    return fe_int_from_ll(fe_port_time_ns());
}
static FE_DEFINE_FUN_0(time_time_ns_obj, Q_time_ns, time_time_ns);
#endif

#if FE_LIBS_EXTRA
// strftime(format[, t]) with the common directives (%Y %m %d %H %M %S %y %j %a %A %b %B %p
// %I %w %%), in the C locale.
static const char *const day_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
static const char *const month_names[] = {"January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"};

static fe_obj_t time_strftime(size_t n_args, const fe_obj_t *args) {
    if (!fe_is_str(args[0])) {
        fe_raise_fmt(&fe_type_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    }
    int f[9];
    if (n_args > 1) {
        fe_obj_t items[9];
        time_tuple_items(args[1], "strftime", items);
        for (int i = 0; i < 9; i++) {
            f[i] = (int)fe_get_int(items[i]);
        }
        if (f[1] < 1 || f[1] > 12) {
            fe_raise_msg(&fe_type_ValueError, "month out of range");
        }
        if (f[6] < 0 || f[6] > 6) {
            f[6] = ((f[6] % 7) + 7) % 7;
        }
    } else {
        fe_obj_t t = time_localtime(0, NULL);
        for (int i = 0; i < 9; i++) {
            f[i] = (int)FE_SMALL_INT_VALUE(fe_subscr_load(t, FE_NEW_SMALL_INT(i)));
        }
    }
    size_t len;
    const char *fmt = fe_str_data(args[0], &len);
    fe_vstr_t v;
    fe_vstr_init(&v, len + 16);
    fe_print_t p;
    fe_vstr_print_init(&v, &p);
    for (size_t i = 0; i < len; i++) {
        if (fmt[i] != '%' || i + 1 == len) {
            fe_vstr_add_byte(&v, (uint8_t)fmt[i]);
            continue;
        }
        char c = fmt[++i];
        switch (c) {
            case 'Y': fe_printf(&p, "%d", f[0]); break;
            case 'y': fe_printf(&p, "%02d", ((f[0] % 100) + 100) % 100); break;
            case 'm': fe_printf(&p, "%02d", f[1]); break;
            case 'd': fe_printf(&p, "%02d", f[2]); break;
            case 'H': fe_printf(&p, "%02d", f[3]); break;
            case 'I': fe_printf(&p, "%02d", f[3] % 12 == 0 ? 12 : f[3] % 12); break;
            case 'p': fe_print_str(&p, f[3] < 12 ? "AM" : "PM"); break;
            case 'M': fe_printf(&p, "%02d", f[4]); break;
            case 'S': fe_printf(&p, "%02d", f[5]); break;
            case 'j': fe_printf(&p, "%03d", f[7]); break;
            case 'w': fe_printf(&p, "%d", (f[6] + 1) % 7); break;
            case 'a': fe_print_strn(&p, day_names[f[6]], 3); break;
            case 'A': fe_print_str(&p, day_names[f[6]]); break;
            case 'b': fe_print_strn(&p, month_names[f[1] - 1], 3); break;
            case 'B': fe_print_str(&p, month_names[f[1] - 1]); break;
            case '%': fe_vstr_add_byte(&v, '%'); break;
            default:
                fe_vstr_add_byte(&v, '%');
                fe_vstr_add_byte(&v, (uint8_t)c);
                break;
        }
    }
    return fe_str_from_vstr(&v);
}
static FE_DEFINE_FUN_VAR(time_strftime_obj, Q_strftime, 1, 2, time_strftime);
#endif

static const fe_map_elem_t time_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_time)},
    {FE_ROM_QSTR(Q_sleep), FE_ROM_PTR(&time_sleep_obj)},
    {FE_ROM_QSTR(Q_sleep_ms), FE_ROM_PTR(&time_sleep_ms_obj)},
    {FE_ROM_QSTR(Q_sleep_us), FE_ROM_PTR(&time_sleep_us_obj)},
    {FE_ROM_QSTR(Q_ticks_ms), FE_ROM_PTR(&time_ticks_ms_obj)},
    {FE_ROM_QSTR(Q_ticks_us), FE_ROM_PTR(&time_ticks_us_obj)},
    {FE_ROM_QSTR(Q_ticks_cpu), FE_ROM_PTR(&time_ticks_cpu_obj)},
    {FE_ROM_QSTR(Q_ticks_add), FE_ROM_PTR(&time_ticks_add_obj)},
    {FE_ROM_QSTR(Q_ticks_diff), FE_ROM_PTR(&time_ticks_diff_obj)},
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    {FE_ROM_QSTR(Q_monotonic), FE_ROM_PTR(&time_monotonic_obj)},
#endif
    {FE_ROM_QSTR(Q_monotonic_ns), FE_ROM_PTR(&time_monotonic_ns_obj)},
#if FE_PORT_HAS_RTC
    {FE_ROM_QSTR(Q_time), FE_ROM_PTR(&time_time_obj)},
    {FE_ROM_QSTR(Q_time_ns), FE_ROM_PTR(&time_time_ns_obj)},
#endif
#if FE_TIME_CALENDAR
    {FE_ROM_QSTR(Q_gmtime), FE_ROM_PTR(&time_gmtime_obj)},
    {FE_ROM_QSTR(Q_localtime), FE_ROM_PTR(&time_localtime_obj)},
    {FE_ROM_QSTR(Q_mktime), FE_ROM_PTR(&time_mktime_obj)},
#endif
#if FE_LIBS_EXTRA
    {FE_ROM_QSTR(Q_strftime), FE_ROM_PTR(&time_strftime_obj)},
#endif
    {FE_ROM_QSTR(Q_struct_time), FE_ROM_PTR(&fe_type_struct_time)},
};
static FE_DEFINE_CONST_DICT(time_globals, time_globals_table);

const fe_module_t fe_module_time = {{&fe_type_module}, (fe_dict_t *)&time_globals};
