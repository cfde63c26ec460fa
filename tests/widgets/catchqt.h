// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets Catch print Qt strings in failure messages.

#include <QString>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
