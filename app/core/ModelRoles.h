#pragma once

#include <Qt>

// Unscoped on purpose: the roles are passed to data() as plain ints, and an
// enum class would need a cast at every call site.
namespace ModelRoles {
enum Role {
    // SectionModel
    SectionIdRole = Qt::UserRole + 1,
    SectionNumberRole,
    SectionLabelRole,
    SectionHeadingRole,
};
} // namespace ModelRoles
