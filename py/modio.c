// py/modio.c: the io module (also imported as uio): in-memory streams StringIO and
// BytesIO, and the file objects that open() returns.
//
// Deliberate simplifications: positions (seek/tell) are byte offsets, also for text
// streams; text files are read and written as UTF-8 without newline translation; a file
// object dropped without close() keeps its descriptor (there are no finalisers).
// File access goes through the port's fe_port_file_* hooks (py/port.h); on ports without
// a filesystem (FE_PORT_HAS_FILES 0) open() raises OSError(ENODEV).
#include <string.h>
#include "py/obj.h"
#include "py/port.h"

#ifndef FE_PORT_HAS_FILES
#define FE_PORT_HAS_FILES 0
#endif

// Read-ahead buffer of a file object: lets readline() and iteration avoid a port call
// per byte.
#ifndef FE_FILE_READ_BUFFER
#define FE_FILE_READ_BUFFER 256
#endif

extern const fe_type_t fe_type_stringio, fe_type_bytesio, fe_type_textfile, fe_type_binaryfile;


// Bytes of `n` code points of UTF-8 text starting at s (at most len bytes).
static size_t utf8_span(const char *s, size_t len, size_t n) {
    size_t i = 0;
    while (i < len && n > 0) {
        i++;
        while (i < len && ((uint8_t)s[i] & 0xc0) == 0x80) {
            i++;
        }
        n--;
    }
    return i;
}

static size_t utf8_chars(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += ((uint8_t)s[i] & 0xc0) != 0x80;
    }
    return n;
}

static fe_obj_t make_result(bool text, const char *s, size_t len) {
    return text ? fe_str_new(s, len) : fe_bytes_new(s, len);
}

// Bytes of the write() argument: str for text streams, a buffer for binary ones.
static const char *write_arg(bool text, fe_obj_t data, size_t *len) {
    if (text) {
        if (!fe_is_str(data)) {
            fe_raise_fmt(&fe_type_TypeError, "write() argument must be str, not %T", data);
        }
        return fe_str_data(data, len);
    }
    fe_buffer_info_t info;
    if (!fe_get_buffer(data, &info, FE_BUFFER_READ)) {
        fe_raise_fmt(&fe_type_TypeError, "a bytes-like object is required, not '%T'", data);
    }
    *len = info.len;
    return info.buf;
}

static fe_int_t opt_size(size_t n_args, const fe_obj_t *args, size_t i) {
    if (n_args <= i || args[i] == fe_none) {
        return -1;
    }
    return fe_get_int(args[i]);
}

// ---- StringIO / BytesIO -----------------------------------------------------------------

typedef struct {
    fe_objbase_t base;
    char *buf;
    size_t len;
    size_t alloc;
    size_t pos;
    bool closed;
} memio_t;

static bool memio_is_text(memio_t *m) {
    return m->base.type == &fe_type_stringio;
}

static memio_t *memio_open(fe_obj_t self) {
    memio_t *m = self;
    if (m->closed) {
        fe_raise_msg(&fe_type_ValueError, "I/O operation on closed file");  // sic: no period
    }
    return m;
}

static void memio_write_bytes(memio_t *m, const char *s, size_t n) {
    size_t end = m->pos + n;
    if (end > m->alloc) {
        size_t a = m->alloc ? m->alloc : 16;
        while (a < end) {
            a *= 2;
        }
        m->buf = fe_realloc(m->buf, a);  // new space comes zeroed: gaps read as NUL
        m->alloc = a;
    }
    memmove(m->buf + m->pos, s, n);
    m->pos = end;
    if (end > m->len) {
        m->len = end;
    }
}

static fe_obj_t memio_make_new(const fe_type_t *type, size_t n_args, size_t n_kw, const fe_obj_t *args) {
    fe_arg_check_num(n_args, n_kw, 0, 1, false);
    memio_t *m = fe_new(memio_t);
    m->base.type = type;
    if (n_args == 1 && args[0] != fe_none) {
        size_t len;
        const char *s = write_arg(type == &fe_type_stringio, args[0], &len);
        memio_write_bytes(m, s, len);
        m->pos = 0;
    }
    return m;
}

static fe_obj_t memio_write(fe_obj_t self, fe_obj_t data) {
    memio_t *m = memio_open(self);
    bool text = memio_is_text(m);
    if (text && !fe_is_str(data)) {
        fe_raise_fmt(&fe_type_TypeError, "string argument expected, got '%T'", data);
    }
    size_t len;
    const char *s = write_arg(text, data, &len);
    memio_write_bytes(m, s, len);
    return FE_NEW_SMALL_INT(text ? utf8_chars(s, len) : len);
}
static FE_DEFINE_FUN_2(memio_write_obj, Q_write, memio_write);

static fe_obj_t memio_read(size_t n_args, const fe_obj_t *args) {
    memio_t *m = memio_open(args[0]);
    fe_int_t size = opt_size(n_args, args, 1);
    size_t avail = m->pos < m->len ? m->len - m->pos : 0;
    size_t n = avail;
    if (size >= 0) {
        n = memio_is_text(m) ? utf8_span(m->buf + m->pos, avail, (size_t)size)
                             : ((size_t)size < avail ? (size_t)size : avail);
    }
    fe_obj_t r = make_result(memio_is_text(m), m->buf + m->pos, n);
    m->pos += n;
    return r;
}
static FE_DEFINE_FUN_VAR(memio_read_obj, Q_read, 1, 2, memio_read);

static fe_obj_t memio_readline(size_t n_args, const fe_obj_t *args) {
    memio_t *m = memio_open(args[0]);
    fe_int_t size = opt_size(n_args, args, 1);
    size_t avail = m->pos < m->len ? m->len - m->pos : 0;
    const char *start = m->buf + m->pos;
    const char *nl = avail ? memchr(start, '\n', avail) : NULL;
    size_t n = nl != NULL ? (size_t)(nl - start) + 1 : avail;
    if (size >= 0) {
        size_t limit = memio_is_text(m) ? utf8_span(start, avail, (size_t)size) : (size_t)size;
        if (limit < n) {
            n = limit;
        }
    }
    fe_obj_t r = make_result(memio_is_text(m), start, n);
    m->pos += n;
    return r;
}
static FE_DEFINE_FUN_VAR(memio_readline_obj, Q_readline, 1, 2, memio_readline);

static fe_obj_t memio_iternext(fe_obj_t self) {
    fe_obj_t line = memio_readline(1, &self);
    return fe_len(line) == 0 ? FE_NULL : line;
}

static fe_obj_t memio_readlines(fe_obj_t self) {
    memio_open(self);
    fe_obj_t list = fe_list_new(0, NULL);
    fe_obj_t line;
    while ((line = memio_iternext(self)) != FE_NULL) {
        fe_list_append(list, line);
    }
    return list;
}
static FE_DEFINE_FUN_1(memio_readlines_obj, Q_readlines, memio_readlines);

static fe_obj_t memio_getvalue(fe_obj_t self) {
    memio_t *m = memio_open(self);
    return make_result(memio_is_text(m), m->buf, m->len);
}
static FE_DEFINE_FUN_1(memio_getvalue_obj, Q_getvalue, memio_getvalue);

static fe_obj_t memio_seek(size_t n_args, const fe_obj_t *args) {
    memio_t *m = memio_open(args[0]);
    fe_int_t off = fe_get_int(args[1]);
    fe_int_t whence = n_args > 2 ? fe_get_int(args[2]) : 0;
    fe_int_t base = whence == 0 ? 0 : whence == 1 ? (fe_int_t)m->pos : whence == 2 ? (fe_int_t)m->len : -1;
    if (base < 0) {
        fe_raise_fmt(&fe_type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    }
    if (whence == 0 && off < 0) {
        fe_raise_fmt(&fe_type_ValueError, "negative seek value %d", (int)off);
    }
    fe_int_t pos = base + off;
    m->pos = pos < 0 ? 0 : (size_t)pos;
    return fe_int_from_uint(m->pos);
}
static FE_DEFINE_FUN_VAR(memio_seek_obj, Q_seek, 2, 3, memio_seek);

static fe_obj_t memio_tell(fe_obj_t self) {
    return fe_int_from_uint(memio_open(self)->pos);
}
static FE_DEFINE_FUN_1(memio_tell_obj, Q_tell, memio_tell);

static fe_obj_t memio_flush(fe_obj_t self) {
    memio_open(self);
    return fe_none;
}
static FE_DEFINE_FUN_1(memio_flush_obj, Q_flush, memio_flush);

static fe_obj_t memio_close(fe_obj_t self) {
    memio_t *m = self;
    m->closed = true;
    m->buf = NULL;  // let the collector take the contents
    m->len = m->alloc = m->pos = 0;
    return fe_none;
}
static FE_DEFINE_FUN_1(memio_close_obj, Q_close, memio_close);

// __enter__ and __exit__, shared by every stream type here.
static fe_obj_t stream_enter(fe_obj_t self) {
    return self;
}
static FE_DEFINE_FUN_1(stream_enter_obj, Q___enter__, stream_enter);

static fe_obj_t stream_exit(size_t n_args, const fe_obj_t *args) {
    fe_obj_t m[2];
    fe_load_method(args[0], Q_close, m);
    fe_call_method(0, 0, m);
    return fe_none;
}
static FE_DEFINE_FUN_VAR(stream_exit_obj, Q___exit__, 1, 4, stream_exit);

static fe_obj_t stream_getiter(fe_obj_t self, fe_iter_buf_t *buf) {
    return self;
}

// readinto(buf[, n]) for binary streams (file objects and BytesIO): reads through the
// stream's own read() and copies into any writable buffer; returns the byte count.
// Host tools rely on it (mpremote compares files by reading them into a memoryview).
static fe_obj_t stream_readinto(size_t n_args, const fe_obj_t *args) {
    fe_buffer_info_t info;
    fe_get_buffer_raise(args[1], &info, FE_BUFFER_WRITE);
    size_t want = info.len;
    if (n_args > 2) {
        fe_int_t k = fe_get_int(args[2]);
        if (k >= 0 && (size_t)k < want) {
            want = (size_t)k;
        }
    }
    fe_obj_t call[3];
    fe_load_method(args[0], Q_read, call);
    call[2] = FE_NEW_SMALL_INT(want);
    fe_obj_t data = fe_call_method(1, 0, call);
    size_t len;
    const char *bytes = fe_bytes_data(data, &len);
    if (len > want) {
        len = want;
    }
    memcpy(info.buf, bytes, len);
    return FE_NEW_SMALL_INT(len);
}
static FE_DEFINE_FUN_VAR(stream_readinto_obj, Q_readinto, 2, 3, stream_readinto);

static const fe_map_elem_t memio_locals_table[] = {
    {FE_ROM_QSTR(Q_read), FE_ROM_PTR(&memio_read_obj)},
    {FE_ROM_QSTR(Q_readline), FE_ROM_PTR(&memio_readline_obj)},
    {FE_ROM_QSTR(Q_readlines), FE_ROM_PTR(&memio_readlines_obj)},
    {FE_ROM_QSTR(Q_readinto), FE_ROM_PTR(&stream_readinto_obj)},
    {FE_ROM_QSTR(Q_write), FE_ROM_PTR(&memio_write_obj)},
    {FE_ROM_QSTR(Q_seek), FE_ROM_PTR(&memio_seek_obj)},
    {FE_ROM_QSTR(Q_tell), FE_ROM_PTR(&memio_tell_obj)},
    {FE_ROM_QSTR(Q_getvalue), FE_ROM_PTR(&memio_getvalue_obj)},
    {FE_ROM_QSTR(Q_flush), FE_ROM_PTR(&memio_flush_obj)},
    {FE_ROM_QSTR(Q_close), FE_ROM_PTR(&memio_close_obj)},
    {FE_ROM_QSTR(Q___enter__), FE_ROM_PTR(&stream_enter_obj)},
    {FE_ROM_QSTR(Q___exit__), FE_ROM_PTR(&stream_exit_obj)},
};
static FE_DEFINE_CONST_DICT(memio_locals, memio_locals_table);

// Attributes: `closed` (and `name`, `mode` for files) are computed; methods come from the
// type's table, bound to self.
static void stream_attr(fe_obj_t self, qstr attr, fe_obj_t *dest);

static void memio_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    fe_printf(print, "<_io.%q object>", (qstr)fe_typeof(self)->name);
}

const fe_type_t fe_type_stringio = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID | FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_StringIO,
    .print = memio_print,
    .make_new = memio_make_new,
    .attr = stream_attr,
    .getiter = stream_getiter,
    .iternext = memio_iternext,
    .locals_dict = (fe_dict_t *)&memio_locals,
};

const fe_type_t fe_type_bytesio = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID | FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_BytesIO,
    .print = memio_print,
    .make_new = memio_make_new,
    .attr = stream_attr,
    .getiter = stream_getiter,
    .iternext = memio_iternext,
    .locals_dict = (fe_dict_t *)&memio_locals,
};

// ---- files --------------------------------------------------------------------------------

#if FE_PORT_HAS_FILES
typedef struct {
    fe_objbase_t base;
    int fd;
    bool closed;
    bool readable;
    bool writable;
    fe_obj_t name;   // the path given to open()
    fe_obj_t mode;   // the mode string given to open()
    char *rbuf;      // read-ahead: rbuf[rpos:rlen] is read from the port but not consumed
    size_t rpos;
    size_t rlen;
} file_t;

static file_t *file_open_check(fe_obj_t self) {
    file_t *f = self;
    if (f->closed) {
        fe_raise_msg(&fe_type_ValueError, "I/O operation on closed file.");
    }
    return f;
}

static bool file_is_text(file_t *f) {
    return f->base.type == &fe_type_textfile;
}

static void check_io(intptr_t r) {
    if (r < 0) {
        fe_raise_os_error((int)-r);
    }
}

static void file_require(file_t *f, bool reading) {
    if (reading ? !f->readable : !f->writable) {
        fe_raise_msg(&fe_type_OSError, reading ? "not readable" : "not writable");
    }
}

// Makes read-ahead data available; false at end of file.
static bool file_fill(file_t *f) {
    if (f->rpos < f->rlen) {
        return true;
    }
    if (f->rbuf == NULL) {
        f->rbuf = fe_alloc(FE_FILE_READ_BUFFER);
    }
    intptr_t r = fe_port_file_read(f->fd, f->rbuf, FE_FILE_READ_BUFFER);
    check_io(r);
    f->rpos = 0;
    f->rlen = (size_t)r;
    return r > 0;
}

// Drops read-ahead data, moving the OS position back to the logical one.
static void file_drop_readahead(file_t *f) {
    if (f->rpos < f->rlen) {
        check_io((intptr_t)fe_port_file_seek(f->fd, -(int64_t)(f->rlen - f->rpos), 1));
    }
    f->rpos = f->rlen = 0;
}

// Reads up to `limit` units (code points for text, bytes for binary; -1: all), stopping
// after a newline when `line` is set.
static fe_obj_t file_read_impl(file_t *f, fe_int_t limit, bool line) {
    file_require(f, true);
    bool text = file_is_text(f);
    fe_vstr_t v;
    fe_vstr_init(&v, 32);
    fe_int_t count = 0;
    bool done = false;
    while (!done && (limit < 0 || count < limit) && file_fill(f)) {
        size_t i = f->rpos;
        while (i < f->rlen) {
            uint8_t c = (uint8_t)f->rbuf[i];
            if (text && (c & 0xc0) == 0x80) {
                i++;  // continuation byte: part of the code point already counted
                continue;
            }
            if (limit >= 0 && count >= limit) {
                done = true;
                break;
            }
            count++;
            i++;
            if (line && c == '\n') {
                // take the rest of a multi-byte sequence? '\n' is ASCII: nothing follows
                done = true;
                break;
            }
        }
        fe_vstr_add_strn(&v, f->rbuf + f->rpos, i - f->rpos);
        f->rpos = i;
    }
    if (text) {
        // finish a code point whose continuation bytes were not buffered yet
        while (file_fill(f) && ((uint8_t)f->rbuf[f->rpos] & 0xc0) == 0x80) {
            fe_vstr_add_byte(&v, (uint8_t)f->rbuf[f->rpos++]);
        }
    }
    return text ? fe_str_from_vstr(&v) : fe_bytes_from_vstr(&v);
}

static fe_obj_t file_write(fe_obj_t self, fe_obj_t data) {
    file_t *f = file_open_check(self);
    file_require(f, false);
    size_t len;
    const char *s = write_arg(file_is_text(f), data, &len);
    file_drop_readahead(f);
    size_t done = 0;
    while (done < len) {
        intptr_t r = fe_port_file_write(f->fd, s + done, len - done);
        check_io(r);
        done += (size_t)r;
    }
    return FE_NEW_SMALL_INT(file_is_text(f) ? utf8_chars(s, len) : len);
}

static fe_obj_t file_seek(size_t n_args, const fe_obj_t *args) {
    file_t *f = file_open_check(args[0]);
    int64_t off = fe_get_int(args[1]);
    fe_int_t whence = n_args > 2 ? fe_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        fe_raise_fmt(&fe_type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    }
    if (whence == 1) {
        off -= (int64_t)(f->rlen - f->rpos);
    }
    f->rpos = f->rlen = 0;
    int64_t r = fe_port_file_seek(f->fd, off, (int)whence);
    check_io((intptr_t)r);
    return fe_int_from_ll(r);
}

static fe_obj_t file_tell(fe_obj_t self) {
    file_t *f = file_open_check(self);
    int64_t r = fe_port_file_seek(f->fd, 0, 1);
    check_io((intptr_t)r);
    return fe_int_from_ll(r - (int64_t)(f->rlen - f->rpos));
}

static fe_obj_t file_close(fe_obj_t self) {
    file_t *f = self;
    if (!f->closed) {
        f->closed = true;
        f->rbuf = NULL;
        f->rpos = f->rlen = 0;
        check_io(fe_port_file_close(f->fd));
    }
    return fe_none;
}


static FE_DEFINE_FUN_2(file_write_obj, Q_write, file_write);
static FE_DEFINE_FUN_VAR(file_seek_obj, Q_seek, 2, 3, file_seek);
static FE_DEFINE_FUN_1(file_tell_obj, Q_tell, file_tell);
static FE_DEFINE_FUN_1(file_close_obj, Q_close, file_close);

static fe_obj_t file_read(size_t n_args, const fe_obj_t *args) {
    return file_read_impl(file_open_check(args[0]), opt_size(n_args, args, 1), false);
}
static FE_DEFINE_FUN_VAR(file_read_obj, Q_read, 1, 2, file_read);

static fe_obj_t file_readline(size_t n_args, const fe_obj_t *args) {
    return file_read_impl(file_open_check(args[0]), opt_size(n_args, args, 1), true);
}
static FE_DEFINE_FUN_VAR(file_readline_obj, Q_readline, 1, 2, file_readline);

static fe_obj_t file_iternext(fe_obj_t self) {
    fe_obj_t line = file_read_impl(file_open_check(self), -1, true);
    return fe_len(line) == 0 ? FE_NULL : line;
}

static fe_obj_t file_readlines(fe_obj_t self) {
    file_open_check(self);
    fe_obj_t list = fe_list_new(0, NULL);
    fe_obj_t line;
    while ((line = file_iternext(self)) != FE_NULL) {
        fe_list_append(list, line);
    }
    return list;
}
static FE_DEFINE_FUN_1(file_readlines_obj, Q_readlines, file_readlines);

static fe_obj_t file_flush(fe_obj_t self) {
    file_open_check(self);
    return fe_none;  // writes are not buffered
}
static FE_DEFINE_FUN_1(file_flush_obj, Q_flush, file_flush);

static fe_obj_t file_fileno(fe_obj_t self) {
    return FE_NEW_SMALL_INT(file_open_check(self)->fd);
}
static FE_DEFINE_FUN_1(file_fileno_obj, Q_fileno, file_fileno);

static const fe_map_elem_t file_locals_table[] = {
    {FE_ROM_QSTR(Q_read), FE_ROM_PTR(&file_read_obj)},
    {FE_ROM_QSTR(Q_readline), FE_ROM_PTR(&file_readline_obj)},
    {FE_ROM_QSTR(Q_readlines), FE_ROM_PTR(&file_readlines_obj)},
    {FE_ROM_QSTR(Q_readinto), FE_ROM_PTR(&stream_readinto_obj)},
    {FE_ROM_QSTR(Q_write), FE_ROM_PTR(&file_write_obj)},
    {FE_ROM_QSTR(Q_seek), FE_ROM_PTR(&file_seek_obj)},
    {FE_ROM_QSTR(Q_tell), FE_ROM_PTR(&file_tell_obj)},
    {FE_ROM_QSTR(Q_flush), FE_ROM_PTR(&file_flush_obj)},
    {FE_ROM_QSTR(Q_fileno), FE_ROM_PTR(&file_fileno_obj)},
    {FE_ROM_QSTR(Q_close), FE_ROM_PTR(&file_close_obj)},
    {FE_ROM_QSTR(Q___enter__), FE_ROM_PTR(&stream_enter_obj)},
    {FE_ROM_QSTR(Q___exit__), FE_ROM_PTR(&stream_exit_obj)},
};
static FE_DEFINE_CONST_DICT(file_locals, file_locals_table);

static void file_print(const fe_print_t *print, fe_obj_t self, fe_print_kind_t kind) {
    file_t *f = self;
    fe_printf(print, "<_io.%q name=%r mode=%r>", (qstr)f->base.type->name, f->name, f->mode);
}

const fe_type_t fe_type_textfile = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID | FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_TextIOWrapper,
    .print = file_print,
    .attr = stream_attr,
    .getiter = stream_getiter,
    .iternext = file_iternext,
    .locals_dict = (fe_dict_t *)&file_locals,
};

const fe_type_t fe_type_binaryfile = {
    .base = {&fe_type_type},
    .flags = FE_TYPE_FLAG_EQ_IS_IDENTITY | FE_TYPE_FLAG_HASH_IS_ID | FE_TYPE_FLAG_ITER_IS_SELF,
    .name = Q_BufferedReader,
    .print = file_print,
    .attr = stream_attr,
    .getiter = stream_getiter,
    .iternext = file_iternext,
    .locals_dict = (fe_dict_t *)&file_locals,
};
#else  // no filesystem: open() raises OSError(ENODEV) and there are no file objects

static FE_NORETURN void no_files(void) {
    fe_raise_os_error(19);  // ENODEV
}
#endif

static void stream_attr(fe_obj_t self, qstr attr, fe_obj_t *dest) {
    if (dest[0] != FE_NULL) {
        return;  // no assignable attributes
    }
    const fe_type_t *t = fe_typeof(self);
#if FE_PORT_HAS_FILES
    bool is_file = t == &fe_type_textfile || t == &fe_type_binaryfile;
    if (attr == Q_closed) {
        dest[0] = fe_bool(is_file ? ((file_t *)self)->closed : ((memio_t *)self)->closed);
        return;
    }
    if (is_file && attr == Q_name) {
        dest[0] = ((file_t *)self)->name;
        return;
    }
    if (is_file && attr == Q_mode) {
        dest[0] = ((file_t *)self)->mode;
        return;
    }
#else
    if (attr == Q_closed) {
        dest[0] = fe_bool(((memio_t *)self)->closed);
        return;
    }
#endif
    fe_map_elem_t *e = fe_map_lookup(&t->locals_dict->map, FE_NEW_QSTR(attr), FE_MAP_LOOKUP);
    if (e != NULL) {
        dest[0] = e->value;
        dest[1] = self;
    }
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)
static fe_obj_t io_open(size_t n_args, const fe_obj_t *args, fe_map_t *kw) {
#if FE_PORT_HAS_FILES
    static const fe_arg_spec_t spec[] = {
        {Q_file, FE_ARG_REQUIRED | FE_ARG_OBJ, FE_NULL},
        {Q_mode, FE_ARG_OBJ, FE_ROM_QSTR(Q_r)},
        {Q_buffering, FE_ARG_OBJ, FE_ROM_INT(-1)},
        {Q_encoding, FE_ARG_OBJ, FE_ROM_PTR(&fe_none_obj)},
        {Q_errors, FE_ARG_OBJ, FE_ROM_PTR(&fe_none_obj)},
        {Q_newline, FE_ARG_OBJ, FE_ROM_PTR(&fe_none_obj)},
    };
    fe_obj_t a[6];
    fe_parse_args(n_args, args, kw, FE_ARRAY_SIZE(spec), spec, a);
    if (!fe_is_str(a[0])) {
        fe_raise_fmt(&fe_type_TypeError, "expected str, bytes or os.PathLike object, not %T", a[0]);
    }
    if (!fe_is_str(a[1])) {
        fe_raise_fmt(&fe_type_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
    }
    size_t mlen;
    const char *mode = fe_str_data(a[1], &mlen);
    int kind = 0, plus = 0, binary = 0, textflag = 0, flags = 0;
    for (size_t i = 0; i < mlen; i++) {
        char c = mode[i];
        int *counter = c == 'r' || c == 'w' || c == 'a' || c == 'x' ? &kind
            : c == '+' ? &plus : c == 'b' ? &binary : c == 't' ? &textflag : NULL;
        if (counter == NULL || (counter != &kind && *counter)) {
            fe_raise_fmt(&fe_type_ValueError, "invalid mode: '%S'", a[1]);
        }
        if (counter == &kind) {
            if (kind) {
                fe_raise_msg(&fe_type_ValueError, "must have exactly one of create/read/write/append mode");
            }
            flags = c == 'r' ? FE_PORT_OPEN_READ
                : c == 'w' ? FE_PORT_OPEN_WRITE | FE_PORT_OPEN_CREATE | FE_PORT_OPEN_TRUNCATE
                : c == 'a' ? FE_PORT_OPEN_WRITE | FE_PORT_OPEN_CREATE | FE_PORT_OPEN_APPEND
                : FE_PORT_OPEN_WRITE | FE_PORT_OPEN_CREATE | FE_PORT_OPEN_EXCLUSIVE;
        }
        (*counter)++;
    }
    if (binary && textflag) {
        fe_raise_msg(&fe_type_ValueError, "can't have text and binary mode at once");
    }
    if (!kind) {
        fe_raise_msg(&fe_type_ValueError,
            "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    if (plus) {
        flags |= FE_PORT_OPEN_READ | FE_PORT_OPEN_WRITE;
    }
    if (binary && a[3] != fe_none) {
        fe_raise_msg(&fe_type_ValueError, "binary mode doesn't take an encoding argument");
    }
    int fd = fe_port_file_open(fe_str_data(a[0], &mlen), flags);
    if (fd < 0) {
        fe_raise_os_error(-fd);
    }
    file_t *f = fe_new(file_t);
    f->base.type = binary ? &fe_type_binaryfile : &fe_type_textfile;
    f->fd = fd;
    f->readable = (flags & FE_PORT_OPEN_READ) != 0;
    f->writable = (flags & FE_PORT_OPEN_WRITE) != 0;
    f->name = a[0];
    f->mode = a[1];
    return f;
#else
    no_files();
#endif
}
FE_DEFINE_FUN_KW(fe_builtin_open_obj, Q_open, 1, io_open);

// ---- the module -----------------------------------------------------------------------

static const fe_map_elem_t io_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_io)},
    {FE_ROM_QSTR(Q_open), FE_ROM_PTR(&fe_builtin_open_obj)},
    {FE_ROM_QSTR(Q_StringIO), FE_ROM_PTR(&fe_type_stringio)},
    {FE_ROM_QSTR(Q_BytesIO), FE_ROM_PTR(&fe_type_bytesio)},
#if FE_PORT_HAS_FILES
    {FE_ROM_QSTR(Q_TextIOWrapper), FE_ROM_PTR(&fe_type_textfile)},
    {FE_ROM_QSTR(Q_FileIO), FE_ROM_PTR(&fe_type_binaryfile)},
#endif
};
static FE_DEFINE_CONST_DICT(io_globals, io_globals_table);

const fe_module_t fe_module_io = {{&fe_type_module}, (fe_dict_t *)&io_globals};
