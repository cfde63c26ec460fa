// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the store (not for other targets): the one way its .cpp files run a read query.

#include "database.h"

#include <QString>

namespace annostraat {

namespace storedetail {

/// Runs \a sql with \a binds and calls \a row for each result row; false on error.
template<typename Bind, typename Row>
inline bool query(Database &db, const QString &sql, Bind bind, Row row)
{
    auto s = db.cached(sql);
    if (!s)
        return false;
    Statement &st = **s;
    bind(st);
    for (;;) {
        auto more = st.step();
        if (!more) {
            st.reset();
            return false;
        }
        if (!*more)
            break;
        row(st);
    }
    st.reset();
    return true;
}

inline const auto noBind = [](Statement &) {};

} // namespace storedetail

using storedetail::noBind;
using storedetail::query;

} // namespace annostraat
