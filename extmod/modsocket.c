// extmod/modsocket.c: the socket module (also usocket) over the port's BSD-style socket
// hooks (py/port.h); only ports with an OS (FE_PORT_HAS_FILES) have it.
//
// A socket object is its own stream: read/readinto/readline/write work on it directly,
// and makefile() returns the socket itself (as MicroPython does), so the manual's
// `cl.makefile('rwb', 0).readline()` reads from the connection.
// Blocking: the port's descriptors never block; a blocking call here retries after
// waiting with fe_port_poll_fds, for the socket's timeout (settimeout; None = forever).
// A timeout raises OSError(ETIMEDOUT) (CPython raises TimeoutError, a subclass of OSError);
// a non-blocking socket that is not ready raises OSError(EAGAIN). Ctrl-C interrupts waits.
// Constants are Linux's numbers (AF_INET 2, SOCK_STREAM 1 ...), as CPython on Linux.
#include <string.h>
#include "py/obj.h"
#include "py/port.h"
#include "extmod/libutil.h"

#ifndef FE_PORT_HAS_FILES
#define FE_PORT_HAS_FILES 0
#endif

#if FE_PORT_HAS_FILES

#define E_AGAIN 11
#define E_BADF 9
#define E_INPROGRESS 115
#define E_TIMEDOUT 110
#define E_INVAL 22
#define S_AF_INET 2
#define S_AF_INET6 10
#define S_SOCK_STREAM 1

typedef struct {
    fe_objbase_t base;
    int fd;          // -1 once closed
    int family, type, proto;
    int timeout_ms;  // -1 blocking, 0 non-blocking, else the timeout
} socket_t;

extern const fe_type_t fe_type_socket;

static socket_t *sock_open(fe_obj_t self) {
    socket_t *s = fe_native_self(self, &fe_type_socket);
    if (s == FE_NULL) {
        fe_raise_fmt(&fe_type_TypeError, "descriptor requires a 'socket' object but received '%T'", self);
    }
    if (s->fd < 0) {
        fe_raise_os_error(E_BADF);
    }
    return s;
}

// Waits until the socket is ready for `events` (1 read, 4 write) within its timeout.
static void sock_wait(socket_t *s, uint16_t events) {
    if (s->timeout_ms == 0) {
        fe_raise_os_error(E_AGAIN);
    }
    uint64_t start = fe_port_ticks_us();
    for (;;) {
        int timeout = s->timeout_ms;
        if (timeout > 0) {
            uint64_t spent = (fe_port_ticks_us() - start) / 1000u;
            timeout = spent >= (uint64_t)s->timeout_ms ? 0 : s->timeout_ms - (int)spent;
        }
        fe_port_pollfd_t p = {s->fd, events, 0};
        int r = fe_port_poll_fds(&p, 1, timeout);
        if (r == -4) {  // EINTR
            fe_lib_raise_pending();
            continue;
        }
        fe_lib_check(r);
        if (r == 0) {
            fe_raise_os_error(E_TIMEDOUT);
        }
        return;
    }
}

// ---- addresses ----------------------------------------------------------------------------

static void parse_addr(socket_t *s, fe_obj_t addr, fe_port_sockaddr_t *out) {
    memset(out, 0, sizeof(*out));
    out->family = s->family;
    if (!fe_obj_is_type_ptr(addr, &fe_type_tuple)) {
        fe_raise_fmt(&fe_type_TypeError, "%s address must be tuple, not %T",
            s->family == S_AF_INET6 ? "AF_INET6" : "AF_INET", addr);
    }
    size_t n;
    fe_obj_t *items;
    fe_tuple_get(addr, &n, &items);
    if (n < 2 || n > (s->family == S_AF_INET6 ? 4u : 2u)) {
        fe_raise_fmt(&fe_type_TypeError, "%s address must be a pair (host, port)",
            s->family == S_AF_INET6 ? "AF_INET6" : "AF_INET");
    }
    if (!fe_is_str(items[0])) {
        fe_raise_fmt(&fe_type_TypeError, "str, bytes or bytearray expected, not %T", items[0]);
    }
    size_t len;
    const char *host = fe_str_data(items[0], &len);
    if (len >= sizeof(out->host) || memchr(host, 0, len) != NULL) {
        fe_raise_os_error(E_INVAL);
    }
    memcpy(out->host, host, len);
    if (!fe_is_int(items[1])) {
        fe_raise_fmt(&fe_type_TypeError, "'%T' object cannot be interpreted as an integer", items[1]);
    }
    fe_int_t port = fe_get_int(items[1]);
    if (port < 0 || port > 65535) {
        fe_raise_msg(&fe_type_OverflowError, "bind(): port must be 0-65535.");
    }
    out->port = (uint16_t)port;
    if (n > 2) {
        out->flowinfo = (uint32_t)fe_get_int(items[2]);
    }
    if (n > 3) {
        out->scope_id = (uint32_t)fe_get_int(items[3]);
    }
}

static fe_obj_t make_addr(const fe_port_sockaddr_t *a) {
    fe_obj_t items[4] = {fe_str_new_cstr(a->host), FE_NEW_SMALL_INT(a->port),
        fe_int_from_uint(a->flowinfo), fe_int_from_uint(a->scope_id)};
    return fe_tuple_new(a->family == S_AF_INET6 ? 4 : 2, items);
}

// ---- the socket type --------------------------------------------------------------------

static fe_obj_t socket_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    static const fe_arg_spec_t spec[] = {
        {Q_family, FE_ARG_INT, FE_ROM_INT(S_AF_INET)},
        {Q_type, FE_ARG_INT, FE_ROM_INT(S_SOCK_STREAM)},
        {Q_proto, FE_ARG_INT, FE_ROM_INT(0)},
    };
    fe_obj_t a[3];
    fe_parse_args_pairs(n_args, n_kw, args, 3, spec, a);
    // ints parsed with FE_ARG_INT arrive as small-int objects; defaults may be given as
    // objects too
    int family = (int)fe_get_int(a[0]), stype = (int)fe_get_int(a[1]), proto = (int)fe_get_int(a[2]);
    int fd = (int)fe_lib_check(fe_port_socket(family, stype, proto));
    socket_t *s = fe_new(socket_t);
    s->base.type = &fe_type_socket;
    s->fd = fd;
    s->family = family;
    s->type = stype;
    s->proto = proto;
    s->timeout_ms = -1;
    return s;
}

static void socket_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    socket_t *s = self;
    fe_printf(print, "<socket.socket fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family, s->type, s->proto);
}

static fe_obj_t socket_close(fe_obj_t self) {
    socket_t *s = fe_native_self(self, &fe_type_socket);
    if (s != FE_NULL && s->fd >= 0) {
        int fd = s->fd;
        s->fd = -1;
        fe_lib_check(fe_port_socket_close(fd));
    }
    return fe_none;
}
static FE_DEFINE_FUN_1(socket_close_obj, Q_close, socket_close);

static fe_obj_t socket_enter(fe_obj_t self) {
    return self;
}
static FE_DEFINE_FUN_1(socket_enter_obj, Q___enter__, socket_enter);

static fe_obj_t socket_exit(size_t n_args, const fe_obj_t *args) {
    return socket_close(args[0]);
}
static FE_DEFINE_FUN_VAR(socket_exit_obj, Q___exit__, 1, 4, socket_exit);

static fe_obj_t socket_fileno(fe_obj_t self) {
    socket_t *s = fe_native_self(self, &fe_type_socket);
    return FE_NEW_SMALL_INT(s == FE_NULL ? -1 : s->fd);
}
static FE_DEFINE_FUN_1(socket_fileno_obj, Q_fileno, socket_fileno);

static fe_obj_t socket_bind(fe_obj_t self, fe_obj_t addr) {
    socket_t *s = sock_open(self);
    fe_port_sockaddr_t a;
    parse_addr(s, addr, &a);
    fe_lib_check(fe_port_socket_bind(s->fd, &a));
    return fe_none;
}
static FE_DEFINE_FUN_2(socket_bind_obj, Q_bind, socket_bind);

static fe_obj_t socket_listen(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    fe_int_t backlog = n_args > 1 ? fe_get_int(args[1]) : 5;
    if (backlog < 0) {
        backlog = 0;
    }
    fe_lib_check(fe_port_socket_listen(s->fd, (int)backlog));
    return fe_none;
}
static FE_DEFINE_FUN_VAR(socket_listen_obj, Q_listen, 1, 2, socket_listen);

static fe_obj_t socket_accept(fe_obj_t self) {
    socket_t *s = sock_open(self);
    fe_port_sockaddr_t a;
    int fd;
    while ((fd = fe_port_socket_accept(s->fd, &a)) == -E_AGAIN) {
        sock_wait(s, 1);
    }
    fe_lib_check(fd);
    socket_t *c = fe_new(socket_t);
    c->base.type = &fe_type_socket;
    c->fd = fd;
    c->family = s->family;
    c->type = s->type;
    c->proto = s->proto;
    c->timeout_ms = -1;
    fe_obj_t items[2] = {c, make_addr(&a)};
    return fe_tuple_new(2, items);
}
static FE_DEFINE_FUN_1(socket_accept_obj, Q_accept, socket_accept);

static fe_obj_t socket_connect(fe_obj_t self, fe_obj_t addr) {
    socket_t *s = sock_open(self);
    fe_port_sockaddr_t a;
    parse_addr(s, addr, &a);
    int r = fe_port_socket_connect(s->fd, &a);
    if (r == -E_INPROGRESS || r == -E_AGAIN) {
        if (s->timeout_ms == 0) {
            fe_raise_os_error(E_INPROGRESS);
        }
        sock_wait(s, 4);
        r = fe_port_socket_connect_result(s->fd);
    }
    fe_lib_check(r);
    return fe_none;
}
static FE_DEFINE_FUN_2(socket_connect_obj, Q_connect, socket_connect);

// Data to send: any buffer, and str too (sent as UTF-8), as MicroPython allows: the
// manual's "simple HTTP server" sends a str.
static const char *data_arg(fe_obj_t data, size_t *len) {
    if (fe_is_str(data)) {
        return fe_str_data(data, len);
    }
    fe_buffer_info_t info;
    if (!fe_get_buffer(data, &info, FE_BUFFER_READ)) {
        fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%T'", data);
    }
    *len = info.len;
    return info.buf;
}

// One send; waits when blocking. to: FE_NULL for a connected socket.
static size_t send_some(socket_t *s, const char *buf, size_t len, const fe_port_sockaddr_t *to) {
    intptr_t r;
    while ((r = fe_port_socket_send(s->fd, buf, len, to)) == -E_AGAIN) {
        sock_wait(s, 4);
    }
    return (size_t)fe_lib_check(r);
}

static fe_obj_t socket_send(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    size_t len;
    const char *buf = data_arg(args[1], &len);
    return fe_int_from_uint(send_some(s, buf, len, NULL));
}
static FE_DEFINE_FUN_VAR(socket_send_obj, Q_send, 2, 3, socket_send);

static fe_obj_t socket_sendall(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    size_t len;
    const char *buf = data_arg(args[1], &len);
    size_t done = 0;
    while (done < len) {
        done += send_some(s, buf + done, len - done, NULL);
    }
    return fe_none;
}
static FE_DEFINE_FUN_VAR(socket_sendall_obj, Q_sendall, 2, 3, socket_sendall);

// write(buf): stream interface; send everything, return the byte count.
static fe_obj_t socket_write(fe_obj_t self, fe_obj_t data) {
    fe_obj_t args[2] = {self, data};
    socket_sendall(2, args);
    size_t len;
    data_arg(data, &len);
    return fe_int_from_uint(len);
}
static FE_DEFINE_FUN_2(socket_write_obj, Q_write, socket_write);

static fe_obj_t socket_sendto(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    size_t len;
    const char *buf = data_arg(args[1], &len);
    fe_port_sockaddr_t a;
    parse_addr(s, args[n_args - 1], &a);
    return fe_int_from_uint(send_some(s, buf, len, &a));
}
static FE_DEFINE_FUN_VAR(socket_sendto_obj, Q_sendto, 3, 4, socket_sendto);

static size_t recv_some(socket_t *s, char *buf, size_t len, fe_port_sockaddr_t *from) {
    intptr_t r;
    while ((r = fe_port_socket_recv(s->fd, buf, len, from)) == -E_AGAIN) {
        sock_wait(s, 1);
    }
    return (size_t)fe_lib_check(r);
}

static fe_int_t size_arg(fe_obj_t o) {
    fe_int_t n = fe_get_int(o);
    if (n < 0) {
        fe_raise_msg(&fe_type_ValueError, "negative buffersize in recv");
    }
    return n;
}

static fe_obj_t socket_recv(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    size_t n = (size_t)size_arg(args[1]);
    fe_vstr_t v;
    fe_vstr_init(&v, n + 1);
    char *buf = fe_vstr_extend(&v, n);
    v.len = recv_some(s, buf, n, NULL);
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_VAR(socket_recv_obj, Q_recv, 2, 3, socket_recv);

static fe_obj_t socket_recvfrom(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    size_t n = (size_t)size_arg(args[1]);
    fe_vstr_t v;
    fe_vstr_init(&v, n + 1);
    char *buf = fe_vstr_extend(&v, n);
    fe_port_sockaddr_t a;
    v.len = recv_some(s, buf, n, &a);
    fe_obj_t items[2] = {fe_bytes_from_vstr(&v), make_addr(&a)};
    return fe_tuple_new(2, items);
}
static FE_DEFINE_FUN_VAR(socket_recvfrom_obj, Q_recvfrom, 2, 3, socket_recvfrom);

// read([n]): stream interface; without n, reads until the peer closes.
static fe_obj_t socket_read(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    if (n_args > 1 && args[1] != fe_none && fe_get_int(args[1]) >= 0) {
        return socket_recv(2, args);
    }
    fe_vstr_t v;
    fe_vstr_init(&v, 256);
    for (;;) {
        char *buf = fe_vstr_extend(&v, 256);
        size_t got = recv_some(s, buf, 256, NULL);
        v.len -= 256 - got;
        if (got == 0) {
            break;
        }
    }
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_VAR(socket_read_obj, Q_read, 1, 2, socket_read);

static fe_obj_t socket_readinto(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    fe_buffer_info_t info;
    fe_get_buffer_raise(args[1], &info, FE_BUFFER_WRITE);
    size_t n = info.len;
    if (n_args > 2) {
        fe_int_t limit = size_arg(args[2]);
        if ((size_t)limit < n) {
            n = (size_t)limit;
        }
    }
    return fe_int_from_uint(recv_some(s, info.buf, n, NULL));
}
static FE_DEFINE_FUN_VAR(socket_readinto_obj, Q_readinto, 2, 3, socket_readinto);

// readline(): byte by byte, so nothing after the newline is consumed.
static fe_obj_t socket_readline(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    fe_int_t limit = n_args > 1 && args[1] != fe_none ? fe_get_int(args[1]) : -1;
    fe_vstr_t v;
    fe_vstr_init(&v, 64);
    while (limit < 0 || (fe_int_t)v.len < limit) {
        char c;
        if (recv_some(s, &c, 1, NULL) == 0) {
            break;
        }
        fe_vstr_add_byte(&v, (uint8_t)c);
        if (c == '\n') {
            break;
        }
    }
    return fe_bytes_from_vstr(&v);
}
static FE_DEFINE_FUN_VAR(socket_readline_obj, Q_readline, 1, 2, socket_readline);

static fe_obj_t socket_makefile(size_t n_args, const fe_obj_t *args) {
    sock_open(args[0]);
    return args[0];
}
static FE_DEFINE_FUN_VAR(socket_makefile_obj, Q_makefile, 1, 3, socket_makefile);

static fe_obj_t socket_setsockopt(size_t n_args, const fe_obj_t *args) {
    socket_t *s = sock_open(args[0]);
    int level = (int)fe_get_int(args[1]);
    int opt = (int)fe_get_int(args[2]);
    if (fe_is_int(args[3])) {
        int v = (int)fe_get_int(args[3]);
        fe_lib_check(fe_port_socket_setsockopt(s->fd, level, opt, &v, sizeof(v)));
    } else {
        size_t len;
        const char *buf = data_arg(args[3], &len);
        fe_lib_check(fe_port_socket_setsockopt(s->fd, level, opt, buf, len));
    }
    return fe_none;
}
static FE_DEFINE_FUN_VAR(socket_setsockopt_obj, Q_setsockopt, 4, 4, socket_setsockopt);

static fe_obj_t socket_settimeout(fe_obj_t self, fe_obj_t value) {
    socket_t *s = sock_open(self);
    if (value == fe_none) {
        s->timeout_ms = -1;
        return fe_none;
    }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    fe_float_t t;
    if (!fe_get_float_maybe(value, &t)) {
        fe_raise_msg(&fe_type_TypeError, "Timeout value must be int, float or None");
    }
    if (!(t >= 0)) {
        fe_raise_msg(&fe_type_ValueError, "Timeout value out of range");
    }
    s->timeout_ms = t > 2e9 / 1000 ? 0x7fffffff : (int)(t * 1000 + (fe_float_t)0.5);
    if (s->timeout_ms == 0 && t > 0) {
        s->timeout_ms = 1;
    }
#else
    fe_int_t t = fe_get_int(value);
    if (t < 0) {
        fe_raise_msg(&fe_type_ValueError, "Timeout value out of range");
    }
    s->timeout_ms = t > 2000000 ? 0x7fffffff : (int)t * 1000;
#endif
    return fe_none;
}
static FE_DEFINE_FUN_2(socket_settimeout_obj, Q_settimeout, socket_settimeout);

static fe_obj_t socket_setblocking(fe_obj_t self, fe_obj_t flag) {
    socket_t *s = sock_open(self);
    s->timeout_ms = fe_is_true(flag) ? -1 : 0;
    return fe_none;
}
static FE_DEFINE_FUN_2(socket_setblocking_obj, Q_setblocking, socket_setblocking);

static fe_obj_t socket_gettimeout(fe_obj_t self) {
    socket_t *s = sock_open(self);
    if (s->timeout_ms < 0) {
        return fe_none;
    }
#if FE_FLOAT_IMPL != FE_FLOAT_NONE
    return fe_float_new((fe_float_t)s->timeout_ms / 1000);
#else
    return FE_NEW_SMALL_INT(s->timeout_ms / 1000);
#endif
}
static FE_DEFINE_FUN_1(socket_gettimeout_obj, Q_gettimeout, socket_gettimeout);

static fe_obj_t sockname(fe_obj_t self, bool peer) {
    socket_t *s = sock_open(self);
    fe_port_sockaddr_t a;
    fe_lib_check(fe_port_socket_getsockname(s->fd, &a, peer));
    return make_addr(&a);
}
static fe_obj_t socket_getsockname(fe_obj_t self) {
    return sockname(self, false);
}
static FE_DEFINE_FUN_1(socket_getsockname_obj, Q_getsockname, socket_getsockname);
static fe_obj_t socket_getpeername(fe_obj_t self) {
    return sockname(self, true);
}
static FE_DEFINE_FUN_1(socket_getpeername_obj, Q_getpeername, socket_getpeername);

static const fe_map_elem_t socket_locals_table[] = {
    {FE_ROM_QSTR(Q_close), FE_ROM_PTR(&socket_close_obj)},
    {FE_ROM_QSTR(Q___enter__), FE_ROM_PTR(&socket_enter_obj)},
    {FE_ROM_QSTR(Q___exit__), FE_ROM_PTR(&socket_exit_obj)},
    {FE_ROM_QSTR(Q_fileno), FE_ROM_PTR(&socket_fileno_obj)},
    {FE_ROM_QSTR(Q_bind), FE_ROM_PTR(&socket_bind_obj)},
    {FE_ROM_QSTR(Q_listen), FE_ROM_PTR(&socket_listen_obj)},
    {FE_ROM_QSTR(Q_accept), FE_ROM_PTR(&socket_accept_obj)},
    {FE_ROM_QSTR(Q_connect), FE_ROM_PTR(&socket_connect_obj)},
    {FE_ROM_QSTR(Q_send), FE_ROM_PTR(&socket_send_obj)},
    {FE_ROM_QSTR(Q_sendall), FE_ROM_PTR(&socket_sendall_obj)},
    {FE_ROM_QSTR(Q_sendto), FE_ROM_PTR(&socket_sendto_obj)},
    {FE_ROM_QSTR(Q_recv), FE_ROM_PTR(&socket_recv_obj)},
    {FE_ROM_QSTR(Q_recvfrom), FE_ROM_PTR(&socket_recvfrom_obj)},
    {FE_ROM_QSTR(Q_read), FE_ROM_PTR(&socket_read_obj)},
    {FE_ROM_QSTR(Q_readinto), FE_ROM_PTR(&socket_readinto_obj)},
    {FE_ROM_QSTR(Q_readline), FE_ROM_PTR(&socket_readline_obj)},
    {FE_ROM_QSTR(Q_write), FE_ROM_PTR(&socket_write_obj)},
    {FE_ROM_QSTR(Q_makefile), FE_ROM_PTR(&socket_makefile_obj)},
    {FE_ROM_QSTR(Q_setsockopt), FE_ROM_PTR(&socket_setsockopt_obj)},
    {FE_ROM_QSTR(Q_settimeout), FE_ROM_PTR(&socket_settimeout_obj)},
    {FE_ROM_QSTR(Q_gettimeout), FE_ROM_PTR(&socket_gettimeout_obj)},
    {FE_ROM_QSTR(Q_setblocking), FE_ROM_PTR(&socket_setblocking_obj)},
    {FE_ROM_QSTR(Q_getsockname), FE_ROM_PTR(&socket_getsockname_obj)},
    {FE_ROM_QSTR(Q_getpeername), FE_ROM_PTR(&socket_getpeername_obj)},
};
static FE_DEFINE_CONST_DICT(socket_locals, socket_locals_table);

const fe_type_t fe_type_socket = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID | FE_TYPE_FLAG_BASETYPE,
    .name = Q_socket,
    .print = socket_print,
    .make_new = socket_make_new,
    .locals_dict = (fe_dict_t *)&socket_locals,
};

// ---- getaddrinfo ---------------------------------------------------------------------------

static void add_addrinfo(void *ctx, int family, int type, int proto, const fe_port_sockaddr_t *addr) {
    fe_obj_t items[5] = {FE_NEW_SMALL_INT(family), FE_NEW_SMALL_INT(type), FE_NEW_SMALL_INT(proto),
        FE_NEW_QSTR(Q_empty), make_addr(addr)};
    fe_list_append(*(fe_obj_t *)ctx, fe_tuple_new(5, items));
}

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
static fe_obj_t socket_getaddrinfo(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
    static const fe_arg_spec_t spec[] = {
        {Q_host, FE_ARG_REQUIRED | FE_ARG_OBJ, FE_NULL},
        {Q_port, FE_ARG_REQUIRED | FE_ARG_OBJ, FE_NULL},
        {Q_family, FE_ARG_INT, FE_ROM_INT(0)},
        {Q_type, FE_ARG_INT, FE_ROM_INT(0)},
        {Q_proto, FE_ARG_INT, FE_ROM_INT(0)},
        {Q_flags, FE_ARG_INT, FE_ROM_INT(0)},
    };
    fe_obj_t a[6];
    fe_parse_args(n_args, args, kw, 6, spec, a);
    const char *host = NULL;
    size_t len;
    if (a[0] != fe_none) {
        if (!fe_is_str(a[0])) {
            fe_raise_fmt(&fe_type_TypeError, "getaddrinfo() argument 1 must be string or None");
        }
        const char *h = fe_str_data(a[0], &len);
        char *copy = fe_alloc(len + 1);
        memcpy(copy, h, len);
        host = copy;
    }
    char portbuf[24];
    const char *port = NULL;
    if (fe_is_int(a[1])) {
        fe_int_t p = fe_get_int(a[1]);
        fe_vstr_t v;
        fe_vstr_init(&v, 24);
        fe_print_t pr;
        fe_vstr_print_init(&v, &pr);
        fe_printf(&pr, "%d", (int)p);
        memcpy(portbuf, v.buf, v.len < 23 ? v.len : 23);
        portbuf[v.len < 23 ? v.len : 23] = 0;
        port = portbuf;
    } else if (fe_is_str(a[1])) {
        const char *p = fe_str_data(a[1], &len);
        char *copy = fe_alloc(len + 1);
        memcpy(copy, p, len);
        port = copy;
    } else if (a[1] != fe_none) {
        fe_raise_msg(&fe_type_OSError, "Int or String expected");
    }
    fe_obj_t list = fe_list_new(0, NULL);
    int r = fe_port_getaddrinfo(host, port, (int)fe_get_int(a[2]), (int)fe_get_int(a[3]),
        (int)fe_get_int(a[4]), (int)fe_get_int(a[5]), add_addrinfo, &list);
    if (r != 0) {
        fe_obj_t eargs[2] = {FE_NEW_SMALL_INT(r), fe_str_new_cstr("getaddrinfo failed")};
        fe_raise(fe_exc_new(&fe_type_OSError, 2, eargs));
    }
    return list;
}
static FE_DEFINE_FUN_KW(socket_getaddrinfo_obj, Q_getaddrinfo, 2, socket_getaddrinfo);

#define CONST(q, v) {FE_ROM_QSTR(q), FE_ROM_INT(v)}
static const fe_map_elem_t socket_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_socket)},
    {FE_ROM_QSTR(Q_socket), FE_ROM_PTR(&fe_type_socket)},
    {FE_ROM_QSTR(Q_getaddrinfo), FE_ROM_PTR(&socket_getaddrinfo_obj)},
    CONST(Q_AF_UNSPEC, 0), CONST(Q_AF_INET, 2), CONST(Q_AF_INET6, 10),
    CONST(Q_SOCK_STREAM, 1), CONST(Q_SOCK_DGRAM, 2), CONST(Q_SOCK_RAW, 3),
    CONST(Q_SOL_SOCKET, 1), CONST(Q_SO_REUSEADDR, 2), CONST(Q_SO_BROADCAST, 6), CONST(Q_SO_KEEPALIVE, 9),
    CONST(Q_IPPROTO_IP, 0), CONST(Q_IPPROTO_TCP, 6), CONST(Q_IPPROTO_UDP, 17), CONST(Q_TCP_NODELAY, 1),
    CONST(Q_AI_PASSIVE, 1),
};
static FE_DEFINE_CONST_DICT(socket_globals, socket_globals_table);

const fe_module_t fe_module_socket = {{&fe_type_module}, (fe_dict_t *)&socket_globals};

#endif // FE_PORT_HAS_FILES
