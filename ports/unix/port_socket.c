// ports/unix/port_socket.c: the socket hooks of py/port.h (extmod/modsocket.c) over BSD
// sockets. Descriptors are made non-blocking: the module waits with fe_port_poll_fds for
// blocking calls and timeouts, which also keeps them interruptible by Ctrl-C.
// The module's constants are Linux's numbers, passed through unchanged (a host with other
// numbering would translate here).
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#include "py/port.h"

// Text address -> sockaddr. An empty host is the wildcard address; names are resolved.
static int to_sockaddr(int family, const fe_port_sockaddr_t *a, struct sockaddr_storage *ss, socklen_t *len) {
    memset(ss, 0, sizeof(*ss));
    if (family == AF_INET6) {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons(a->port);
        s6->sin6_flowinfo = htonl(a->flowinfo);
        s6->sin6_scope_id = a->scope_id;
        *len = sizeof(*s6);
        if (a->host[0] == 0) {
            s6->sin6_addr = in6addr_any;
            return 0;
        }
        if (inet_pton(AF_INET6, a->host, &s6->sin6_addr) == 1) {
            return 0;
        }
    } else {
        struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
        s4->sin_family = AF_INET;
        s4->sin_port = htons(a->port);
        *len = sizeof(*s4);
        if (a->host[0] == 0) {
            s4->sin_addr.s_addr = htonl(INADDR_ANY);
            return 0;
        }
        if (strcmp(a->host, "<broadcast>") == 0) {
            s4->sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return 0;
        }
        if (inet_pton(AF_INET, a->host, &s4->sin_addr) == 1) {
            return 0;
        }
    }
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    if (getaddrinfo(a->host, NULL, &hints, &res) != 0 || res == NULL) {
        return -EHOSTUNREACH;
    }
    uint16_t port = a->port;
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    freeaddrinfo(res);
    if (family == AF_INET6) {
        ((struct sockaddr_in6 *)ss)->sin6_port = htons(port);
    } else {
        ((struct sockaddr_in *)ss)->sin_port = htons(port);
    }
    return 0;
}

static void from_sockaddr(const struct sockaddr *sa, fe_port_sockaddr_t *a) {
    memset(a, 0, sizeof(*a));
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;
        a->family = AF_INET6;
        inet_ntop(AF_INET6, &s6->sin6_addr, a->host, sizeof(a->host));
        a->port = ntohs(s6->sin6_port);
        a->flowinfo = ntohl(s6->sin6_flowinfo);
        a->scope_id = s6->sin6_scope_id;
    } else if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;
        a->family = AF_INET;
        inet_ntop(AF_INET, &s4->sin_addr, a->host, sizeof(a->host));
        a->port = ntohs(s4->sin_port);
    } else {
        a->family = sa->sa_family;
    }
}

static int sock_family(int fd) {
    int family = AF_INET;
    socklen_t len = sizeof(family);
    getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &len);
    return family;
}

static int res(int r) {
    return r < 0 ? -errno : r;
}

int fe_port_socket(int family, int type, int proto) {
    int fd = socket(family, type | SOCK_CLOEXEC | SOCK_NONBLOCK, proto);
    return res(fd);
}

int fe_port_socket_close(int fd) {
    return close(fd) < 0 && errno != EINTR ? -errno : 0;
}

int fe_port_socket_bind(int fd, const fe_port_sockaddr_t *addr) {
    struct sockaddr_storage ss;
    socklen_t len;
    int r = to_sockaddr(sock_family(fd), addr, &ss, &len);
    return r < 0 ? r : res(bind(fd, (struct sockaddr *)&ss, len));
}

int fe_port_socket_listen(int fd, int backlog) {
    return res(listen(fd, backlog));
}

int fe_port_socket_accept(int fd, fe_port_sockaddr_t *addr) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    int r = accept4(fd, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (r < 0) {
        return errno == EWOULDBLOCK ? -EAGAIN : -errno;
    }
    from_sockaddr((struct sockaddr *)&ss, addr);
    return r;
}

int fe_port_socket_connect(int fd, const fe_port_sockaddr_t *addr) {
    struct sockaddr_storage ss;
    socklen_t len;
    int r = to_sockaddr(sock_family(fd), addr, &ss, &len);
    return r < 0 ? r : res(connect(fd, (struct sockaddr *)&ss, len));
}

int fe_port_socket_connect_result(int fd) {
    int err = 0;
    socklen_t len = sizeof(err);
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) {
        return -errno;
    }
    return -err;
}

intptr_t fe_port_socket_send(int fd, const void *buf, size_t len, const fe_port_sockaddr_t *to) {
    ssize_t r;
    if (to != NULL) {
        struct sockaddr_storage ss;
        socklen_t slen;
        int e = to_sockaddr(sock_family(fd), to, &ss, &slen);
        if (e < 0) {
            return e;
        }
        r = sendto(fd, buf, len, MSG_NOSIGNAL, (struct sockaddr *)&ss, slen);
    } else {
        r = send(fd, buf, len, MSG_NOSIGNAL);
    }
    if (r < 0) {
        return errno == EWOULDBLOCK ? -EAGAIN : -errno;
    }
    return r;
}

intptr_t fe_port_socket_recv(int fd, void *buf, size_t len, fe_port_sockaddr_t *from) {
    struct sockaddr_storage ss;
    socklen_t slen = sizeof(ss);
    memset(&ss, 0, sizeof(ss));
    ssize_t r = recvfrom(fd, buf, len, 0, from ? (struct sockaddr *)&ss : NULL, from ? &slen : NULL);
    if (r < 0) {
        return errno == EWOULDBLOCK ? -EAGAIN : -errno;
    }
    if (from != NULL) {
        from_sockaddr((struct sockaddr *)&ss, from);
    }
    return r;
}

int fe_port_socket_setsockopt(int fd, int level, int opt, const void *val, size_t len) {
    return res(setsockopt(fd, level, opt, val, (socklen_t)len));
}

int fe_port_socket_getsockname(int fd, fe_port_sockaddr_t *addr, bool peer) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    int r = peer ? getpeername(fd, (struct sockaddr *)&ss, &len) : getsockname(fd, (struct sockaddr *)&ss, &len);
    if (r < 0) {
        return -errno;
    }
    from_sockaddr((struct sockaddr *)&ss, addr);
    return 0;
}

int fe_port_getaddrinfo(const char *host, const char *port, int family, int type, int proto, int flags,
                        fe_port_addrinfo_fn result, void *ctx) {
    struct addrinfo hints, *list;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    hints.ai_socktype = type;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    int r = getaddrinfo(host, port, &hints, &list);
    if (r != 0) {
        return r < 0 ? r : -r;
    }
    // Converted first, then reported: result() may raise, and the list must be freed.
    size_t n = 0;
    for (struct addrinfo *ai = list; ai != NULL; ai = ai->ai_next) {
        n++;
    }
    struct { int family, type, proto; fe_port_sockaddr_t addr; } items[n ? n : 1];
    size_t i = 0;
    for (struct addrinfo *ai = list; ai != NULL; ai = ai->ai_next, i++) {
        items[i].family = ai->ai_family;
        items[i].type = ai->ai_socktype;
        items[i].proto = ai->ai_protocol;
        from_sockaddr(ai->ai_addr, &items[i].addr);
    }
    freeaddrinfo(list);
    for (i = 0; i < n; i++) {
        result(ctx, items[i].family, items[i].type, items[i].proto, &items[i].addr);
    }
    return 0;
}
