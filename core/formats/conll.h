// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "conll": CoNLL-2002 style IOB2 (docs/formats.md): one token per line ("token TAG", more
// columns allowed, the tag last), a blank line between sentences, "-DOCSTART-" lines between
// documents. Tokens come from tokenize() (textdataset.h); a span covering part of a token tags
// the whole token. Importing rebuilds each text from its tokens (joined by spaces, sentences
// by line ends), so a new task gets those texts, and an existing task's items are found by
// their tokens.

#include "format.h"

namespace annostraat {

Format conllFormat();

} // namespace annostraat
