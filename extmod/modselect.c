// extmod/modselect.c: the select module (also uselect): select() and poll objects, waiting
// through the port's fe_port_poll_fds hook; only ports with an OS (FE_PORT_HAS_FILES).
//
// Which descriptor an object stands for: an int is the descriptor itself; any other object
// must have a fileno() method returning it (sockets, files from open(), sys.stdin and
// sys.stdin.buffer all have one). That is the whole stream protocol select needs.
// Caveat: sys.stdin reads through the port's input buffer, so bytes already buffered there
// do not make fd 0 readable again.
// poll.poll() and ipoll() report (obj, event) pairs with the registered object, as
// MicroPython does (CPython reports the descriptor number; both agree for ints).
#include "py/obj.h"
#include "py/port.h"
#include "extmod/libutil.h"

#ifndef FE_PORT_HAS_FILES
#define FE_PORT_HAS_FILES 0
#endif

#if FE_PORT_HAS_FILES

#define POLL_IN 1
#define POLL_OUT 4
#define POLL_ERR 8
#define POLL_HUP 16

static int fd_of(fe_obj_t obj) {
    fe_int_t fd;
    if (fe_is_int(obj)) {
        fd = fe_get_int(obj);
    } else {
        fe_obj_t m[2];
        fe_load_method_maybe(obj, Q_fileno, m);
        if (m[0] == FE_NULL) {
            fe_raise_msg(&fe_type_TypeError, "argument must be an int, or have a fileno() method.");
        }
        fe_obj_t r = fe_call_method(0, 0, m);
        if (!fe_is_int(r)) {
            fe_raise_msg(&fe_type_TypeError, "fileno() returned a non-integer");
        }
        fd = fe_get_int(r);
    }
    if (fd < 0 || fd > 0x7fffffff) {
        fe_raise_fmt(&fe_type_ValueError, "file descriptor cannot be a negative integer (%d)", (int)fd);
    }
    return (int)fd;
}

// Polls with a timeout in ms (< 0: forever), retrying after signals with the time left.
static int wait_fds(fe_port_pollfd_t *fds, size_t n, int timeout_ms) {
    uint64_t start = fe_port_ticks_us();
    for (;;) {
        int t = timeout_ms;
        if (t > 0) {
            uint64_t spent = (fe_port_ticks_us() - start) / 1000u;
            t = spent >= (uint64_t)timeout_ms ? 0 : timeout_ms - (int)spent;
        }
        int r = fe_port_poll_fds(fds, n, t);
        if (r == -4) {  // EINTR
            fe_lib_raise_pending();
            continue;
        }
        return (int)fe_lib_check(r);
    }
}

// ---- select.select --------------------------------------------------------------------------

static int timeout_seconds_arg(fe_obj_t t) {
    if (t == fe_none) {
        return -1;
    }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    fe_float_t f;
    if (!fe_get_float_maybe(t, &f)) {
        fe_raise_msg(&fe_type_TypeError, "timeout must be a float or None");
    }
    if (f < 0) {
        fe_raise_msg(&fe_type_ValueError, "timeout must be non-negative");
    }
    return f > 2e6 ? 0x7fffffff : (int)(f * 1000 + (fe_float_t)0.999);
#else
    fe_int_t s = fe_get_int(t);
    if (s < 0) {
        fe_raise_msg(&fe_type_ValueError, "timeout must be non-negative");
    }
    return s > 2000000 ? 0x7fffffff : (int)s * 1000;
#endif
}

static fe_obj_t select_select(size_t n_args, const fe_obj_t *args) {
    int timeout = n_args > 3 ? timeout_seconds_arg(args[3]) : -1;
    size_t counts[3];
    fe_obj_t *lists[3];
    fe_obj_t copies[3];  // the items of fe_get_array's result may move; these cannot
    size_t total = 0;
    for (int k = 0; k < 3; k++) {
        fe_obj_t seq = args[k];
        if (!fe_obj_is_type_ptr(seq, &fe_type_list) && !fe_obj_is_type_ptr(seq, &fe_type_tuple)) {
            if (fe_typeof(seq)->getiter == NULL) {
                fe_raise_msg(&fe_type_TypeError, "arguments 1-3 must be sequences");
            }
        }
        fe_get_array(seq, &counts[k], &lists[k]);
        // copy: fe_get_array may hand out a list's items, which fileno() could move
        copies[k] = fe_tuple_new(counts[k], lists[k]);
        size_t dummy;
        fe_tuple_get(copies[k], &dummy, &lists[k]);
        total += counts[k];
    }
    fe_port_pollfd_t *fds = fe_alloc((total ? total : 1) * sizeof(fe_port_pollfd_t));
    size_t i = 0;
    static const uint16_t ev[3] = {POLL_IN, POLL_OUT, 0};
    for (int k = 0; k < 3; k++) {
        for (size_t j = 0; j < counts[k]; j++, i++) {
            fds[i].fd = fd_of(lists[k][j]);
            fds[i].events = ev[k];
        }
    }
    wait_fds(fds, total, timeout);
    fe_obj_t out[3];
    i = 0;
    for (int k = 0; k < 3; k++) {
        out[k] = fe_list_new(0, NULL);
        for (size_t j = 0; j < counts[k]; j++, i++) {
            uint16_t re = fds[i].revents;
            bool ready = k == 0 ? (re & (POLL_IN | POLL_HUP | POLL_ERR)) != 0
                : k == 1 ? (re & (POLL_OUT | POLL_ERR)) != 0 : false;
            if (re & 32) {  // not an open descriptor
                fe_raise_os_error(9);
            }
            if (ready) {
                fe_list_append(out[k], lists[k][j]);
            }
        }
    }
    return fe_tuple_new(3, out);
}
static FE_DEFINE_FUN_VAR(select_select_obj, Q_select, 3, 4, select_select);

// ---- poll objects ---------------------------------------------------------------------------

// Registrations: parallel lists of the objects and of (fd << 16 | eventmask) small ints.
typedef struct {
    fe_objbase_t base;
    fe_obj_t objs;
    fe_obj_t fdev;
} poll_t;

extern const fe_type_t fe_type_poll;

static fe_obj_t select_poll(void) {
    poll_t *p = fe_new(poll_t);
    p->base.type = &fe_type_poll;
    p->objs = fe_list_new(0, NULL);
    p->fdev = fe_list_new(0, NULL);
    return p;
}
static FE_DEFINE_FUN_0(select_poll_obj, Q_poll, select_poll);

static fe_int_t find_reg(poll_t *p, fe_obj_t obj, int fd) {
    size_t n;
    fe_obj_t *items;
    fe_list_get(p->fdev, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if ((FE_SMALL_INT_VALUE(items[i]) >> 16) == fd) {
            return (fe_int_t)i;
        }
    }
    return -1;
}

static uint16_t mask_arg(fe_obj_t o) {
    fe_int_t m = fe_get_int(o);
    if (m < 0 || m > 0xffff) {
        fe_raise_msg(&fe_type_OverflowError, "Python int too large for C unsigned short");
    }
    return (uint16_t)m;
}

static fe_obj_t poll_register(size_t n_args, const fe_obj_t *args) {
    poll_t *p = args[0];
    int fd = fd_of(args[1]);
    uint16_t mask = n_args > 2 ? mask_arg(args[2]) : (POLL_IN | POLL_OUT);
    fe_obj_t v = FE_NEW_SMALL_INT(((fe_int_t)fd << 16) | mask);
    fe_int_t i = find_reg(p, args[1], fd);
    if (i >= 0) {
        fe_subscr_store(p->objs, FE_NEW_SMALL_INT(i), args[1]);
        fe_subscr_store(p->fdev, FE_NEW_SMALL_INT(i), v);
    } else {
        fe_list_append(p->objs, args[1]);
        fe_list_append(p->fdev, v);
    }
    return fe_none;
}
static FE_DEFINE_FUN_VAR(poll_register_obj, Q_register, 2, 3, poll_register);

static fe_obj_t poll_modify(fe_obj_t self, fe_obj_t obj, fe_obj_t mask) {
    poll_t *p = self;
    int fd = fd_of(obj);
    uint16_t m = mask_arg(mask);
    fe_int_t i = find_reg(p, obj, fd);
    if (i < 0) {
        fe_raise_os_error(2);  // ENOENT
    }
    fe_subscr_store(p->fdev, FE_NEW_SMALL_INT(i), FE_NEW_SMALL_INT(((fe_int_t)fd << 16) | m));
    return fe_none;
}
static FE_DEFINE_FUN_3(poll_modify_obj, Q_modify, poll_modify);

static fe_obj_t poll_unregister(fe_obj_t self, fe_obj_t obj) {
    poll_t *p = self;
    fe_int_t i = find_reg(p, obj, fd_of(obj));
    if (i < 0) {
        fe_raise(fe_exc_new(&fe_type_KeyError, 1, &obj));
    }
    fe_subscr_delete(p->objs, FE_NEW_SMALL_INT(i));
    fe_subscr_delete(p->fdev, FE_NEW_SMALL_INT(i));
    return fe_none;
}
static FE_DEFINE_FUN_2(poll_unregister_obj, Q_unregister, poll_unregister);

// Waits and returns the list of (obj, revents) pairs; one_shot clears the event masks of
// the objects reported.
static fe_obj_t poll_wait(poll_t *p, size_t n_args, const fe_obj_t *args, bool one_shot) {
    int timeout = -1;
    if (n_args > 0 && args[0] != fe_none) {
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
        fe_float_t f;
        if (!fe_get_float_maybe(args[0], &f)) {
            fe_raise_msg(&fe_type_TypeError, "timeout must be an integer or None");
        }
        timeout = f < 0 ? -1 : f > 2e9 ? 0x7fffffff : (int)f;
        if (timeout == 0 && f > 0) {
            timeout = 1;
        }
#else
        fe_int_t t = fe_get_int(args[0]);
        timeout = t < 0 ? -1 : t > 0x7fffffff ? 0x7fffffff : (int)t;
#endif
    }
    size_t n;
    fe_obj_t *items;
    fe_list_get(p->fdev, &n, &items);
    fe_port_pollfd_t *fds = fe_alloc((n ? n : 1) * sizeof(fe_port_pollfd_t));
    for (size_t i = 0; i < n; i++) {
        fe_int_t v = FE_SMALL_INT_VALUE(items[i]);
        fds[i].fd = (int)(v >> 16);
        fds[i].events = (uint16_t)(v & 0xffff);
    }
    wait_fds(fds, n, timeout);
    fe_obj_t result = fe_list_new(0, NULL);
    for (size_t i = 0; i < n; i++) {
        if (fds[i].revents != 0) {
            fe_obj_t pair[2] = {fe_subscr_load(p->objs, FE_NEW_SMALL_INT(i)), FE_NEW_SMALL_INT(fds[i].revents)};
            fe_list_append(result, fe_tuple_new(2, pair));
            if (one_shot) {
                fe_subscr_store(p->fdev, FE_NEW_SMALL_INT(i), FE_NEW_SMALL_INT((fe_int_t)fds[i].fd << 16));
            }
        }
    }
    return result;
}

static fe_obj_t poll_poll(size_t n_args, const fe_obj_t *args) {
    return poll_wait(args[0], n_args - 1, args + 1, false);
}
static FE_DEFINE_FUN_VAR(poll_poll_obj, Q_poll, 1, 2, poll_poll);

static fe_obj_t poll_ipoll(size_t n_args, const fe_obj_t *args) {
    bool one_shot = n_args > 2 && (fe_get_int(args[2]) & 1);
    return fe_getiter(poll_wait(args[0], n_args > 1 ? 1 : 0, args + 1, one_shot), NULL);
}
static FE_DEFINE_FUN_VAR(poll_ipoll_obj, Q_ipoll, 1, 3, poll_ipoll);

static const fe_map_elem_t poll_locals_table[] = {
    {FE_ROM_QSTR(Q_register), FE_ROM_PTR(&poll_register_obj)},
    {FE_ROM_QSTR(Q_modify), FE_ROM_PTR(&poll_modify_obj)},
    {FE_ROM_QSTR(Q_unregister), FE_ROM_PTR(&poll_unregister_obj)},
    {FE_ROM_QSTR(Q_poll), FE_ROM_PTR(&poll_poll_obj)},
    {FE_ROM_QSTR(Q_ipoll), FE_ROM_PTR(&poll_ipoll_obj)},
};
static FE_DEFINE_CONST_DICT(poll_locals, poll_locals_table);

const fe_type_t fe_type_poll = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID,
    .name = Q_poll,
    .locals_dict = (fe_dict_t *)&poll_locals,
};

static const fe_map_elem_t select_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_select)},
    {FE_ROM_QSTR(Q_select), FE_ROM_PTR(&select_select_obj)},
    {FE_ROM_QSTR(Q_poll), FE_ROM_PTR(&select_poll_obj)},
    {FE_ROM_QSTR(Q_POLLIN), FE_ROM_INT(POLL_IN)},
    {FE_ROM_QSTR(Q_POLLOUT), FE_ROM_INT(POLL_OUT)},
    {FE_ROM_QSTR(Q_POLLERR), FE_ROM_INT(POLL_ERR)},
    {FE_ROM_QSTR(Q_POLLHUP), FE_ROM_INT(POLL_HUP)},
    {FE_ROM_QSTR(Q_POLLNVAL), FE_ROM_INT(32)},
};
static FE_DEFINE_CONST_DICT(select_globals, select_globals_table);

const fe_module_t fe_module_select = {{&fe_type_module}, (fe_dict_t *)&select_globals};

#endif // FE_PORT_HAS_FILES
