#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace hope::core {

// The bundles opened last, newest first, for File > Open Recent: ten at
// most, each once, by absolute path. A file that has gone stays listed
// (shown disabled) until removed. Display: the file's name; tooltip: its
// path; RecentPathRole, RecentExistsRole (ModelRoles).
class RecentBundles final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 10;
    // Longer is no path a reader opened.
    static constexpr int kMaxPathLength = 4096;

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

    // As remembered: anything that is not an absolute path of sane length
    // is left out, and so are repeats and all past the tenth.
    void setPaths(const QStringList &paths);
    [[nodiscard]] QStringList paths() const { return m_paths; }
    // Opened now: to the top.
    void add(const QString &path);
    void removeRow(int row);
    void removeMissing();
    void clear();
    [[nodiscard]] bool hasMissing() const;

signals:
    // The list changed (not only a file's presence): to be remembered.
    void pathsChanged();

private:
    [[nodiscard]] static bool acceptable(const QString &path);

    QStringList m_paths;
};

}  // namespace hope::core
