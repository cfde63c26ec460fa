// SPDX-License-Identifier: GPL-3.0-or-later
// Placed first on annostraat-core's include path: any QtWidgets header pulls this in and stops
// the build, because core must not depend on QtWidgets (DESIGN.md, "Architecture").
#error "annostraat-core must not include QtWidgets headers: move this code to widgets/ or app/"
