// extmod/moderrno.c: the errno module (uerrno): errno constants with the Linux numbers
// MicroPython uses, and `errorcode` mapping number -> name, which fe_errno_name() in
// py/objexception.c also reads for OSError messages.
#include "py/obj.h"
#include "extmod/modexc.h"

static const fe_map_elem_t errorcode_table[] = {
    {FE_ROM_INT(1), FE_ROM_QSTR(Q_EPERM)}, {FE_ROM_INT(2), FE_ROM_QSTR(Q_ENOENT)},
    {FE_ROM_INT(5), FE_ROM_QSTR(Q_EIO)}, {FE_ROM_INT(9), FE_ROM_QSTR(Q_EBADF)},
    {FE_ROM_INT(11), FE_ROM_QSTR(Q_EAGAIN)}, {FE_ROM_INT(12), FE_ROM_QSTR(Q_ENOMEM)},
    {FE_ROM_INT(13), FE_ROM_QSTR(Q_EACCES)}, {FE_ROM_INT(16), FE_ROM_QSTR(Q_EBUSY)},
    {FE_ROM_INT(17), FE_ROM_QSTR(Q_EEXIST)}, {FE_ROM_INT(19), FE_ROM_QSTR(Q_ENODEV)},
    {FE_ROM_INT(20), FE_ROM_QSTR(Q_ENOTDIR)}, {FE_ROM_INT(21), FE_ROM_QSTR(Q_EISDIR)},
    {FE_ROM_INT(22), FE_ROM_QSTR(Q_EINVAL)}, {FE_ROM_INT(27), FE_ROM_QSTR(Q_EFBIG)},
    {FE_ROM_INT(28), FE_ROM_QSTR(Q_ENOSPC)}, {FE_ROM_INT(30), FE_ROM_QSTR(Q_EROFS)},
    {FE_ROM_INT(32), FE_ROM_QSTR(Q_EPIPE)}, {FE_ROM_INT(39), FE_ROM_QSTR(Q_ENOTEMPTY)},
    {FE_ROM_INT(95), FE_ROM_QSTR(Q_EOPNOTSUPP)}, {FE_ROM_INT(98), FE_ROM_QSTR(Q_EADDRINUSE)},
    {FE_ROM_INT(103), FE_ROM_QSTR(Q_ECONNABORTED)}, {FE_ROM_INT(104), FE_ROM_QSTR(Q_ECONNRESET)},
    {FE_ROM_INT(105), FE_ROM_QSTR(Q_ENOBUFS)}, {FE_ROM_INT(107), FE_ROM_QSTR(Q_ENOTCONN)},
    {FE_ROM_INT(110), FE_ROM_QSTR(Q_ETIMEDOUT)}, {FE_ROM_INT(111), FE_ROM_QSTR(Q_ECONNREFUSED)},
    {FE_ROM_INT(113), FE_ROM_QSTR(Q_EHOSTUNREACH)}, {FE_ROM_INT(114), FE_ROM_QSTR(Q_EALREADY)},
    {FE_ROM_INT(115), FE_ROM_QSTR(Q_EINPROGRESS)},
};
// Int keys: not FE_MAP_ALL_QSTR_KEYS. Fixed maps are searched linearly with ==.
const fe_dict_t fe_errno_errorcode = {{&fe_type_dict}, {FE_ARRAY_SIZE(errorcode_table),
    FE_ARRAY_SIZE(errorcode_table), FE_ARRAY_SIZE(errorcode_table),
    (fe_map_elem_t *)errorcode_table, NULL, FE_MAP_FIXED}};

static const fe_map_elem_t errno_globals_table[] = {
    {FE_ROM_QSTR(Q___name__), FE_ROM_QSTR(Q_errno)},
    {FE_ROM_QSTR(Q_errorcode), FE_ROM_PTR(&fe_errno_errorcode)},
    {FE_ROM_QSTR(Q_EPERM), FE_ROM_INT(1)}, {FE_ROM_QSTR(Q_ENOENT), FE_ROM_INT(2)},
    {FE_ROM_QSTR(Q_EIO), FE_ROM_INT(5)}, {FE_ROM_QSTR(Q_EBADF), FE_ROM_INT(9)},
    {FE_ROM_QSTR(Q_EAGAIN), FE_ROM_INT(11)}, {FE_ROM_QSTR(Q_ENOMEM), FE_ROM_INT(12)},
    {FE_ROM_QSTR(Q_EACCES), FE_ROM_INT(13)}, {FE_ROM_QSTR(Q_EBUSY), FE_ROM_INT(16)},
    {FE_ROM_QSTR(Q_EEXIST), FE_ROM_INT(17)}, {FE_ROM_QSTR(Q_ENODEV), FE_ROM_INT(19)},
    {FE_ROM_QSTR(Q_ENOTDIR), FE_ROM_INT(20)}, {FE_ROM_QSTR(Q_EISDIR), FE_ROM_INT(21)},
    {FE_ROM_QSTR(Q_EINVAL), FE_ROM_INT(22)}, {FE_ROM_QSTR(Q_EFBIG), FE_ROM_INT(27)},
    {FE_ROM_QSTR(Q_ENOSPC), FE_ROM_INT(28)}, {FE_ROM_QSTR(Q_EROFS), FE_ROM_INT(30)},
    {FE_ROM_QSTR(Q_EPIPE), FE_ROM_INT(32)}, {FE_ROM_QSTR(Q_ENOTEMPTY), FE_ROM_INT(39)},
    {FE_ROM_QSTR(Q_EOPNOTSUPP), FE_ROM_INT(95)}, {FE_ROM_QSTR(Q_EADDRINUSE), FE_ROM_INT(98)},
    {FE_ROM_QSTR(Q_ECONNABORTED), FE_ROM_INT(103)}, {FE_ROM_QSTR(Q_ECONNRESET), FE_ROM_INT(104)},
    {FE_ROM_QSTR(Q_ENOBUFS), FE_ROM_INT(105)}, {FE_ROM_QSTR(Q_ENOTCONN), FE_ROM_INT(107)},
    {FE_ROM_QSTR(Q_ETIMEDOUT), FE_ROM_INT(110)}, {FE_ROM_QSTR(Q_ECONNREFUSED), FE_ROM_INT(111)},
    {FE_ROM_QSTR(Q_EHOSTUNREACH), FE_ROM_INT(113)}, {FE_ROM_QSTR(Q_EALREADY), FE_ROM_INT(114)},
    {FE_ROM_QSTR(Q_EINPROGRESS), FE_ROM_INT(115)},
};
static FE_DEFINE_CONST_DICT(errno_globals, errno_globals_table);

const fe_module_t fe_module_errno = {{&fe_type_module}, (fe_dict_t *)&errno_globals};
