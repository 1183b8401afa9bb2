#include "core/RecentlyUsedXbel.h"

#include "core/BundleFile.h"
#include "core/SafeOutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <memory>
#include <vector>

namespace hope::core {

namespace {

const QString kBookmarkNs =
    QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString kMimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
const QString kOwner = QStringLiteral("http://freedesktop.org");

// The document as read, names as written (prefix and all): enough to find
// one bookmark, change it, and write everything back as it was.
struct Node
{
    QString name;  // empty: text
    QList<QPair<QString, QString>> attributes;
    QString text;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] QString attribute(const QString &key) const
    {
        for (const auto &[k, v] : attributes) {
            if (k == key)
                return v;
        }
        return {};
    }
    void setAttribute(const QString &key, const QString &value)
    {
        for (auto &[k, v] : attributes) {
            if (k == key) {
                v = value;
                return;
            }
        }
        attributes.append({key, value});
    }
    Node *child(const QString &childName, const QString &key = {}, const QString &value = {})
    {
        for (const auto &c : children) {
            if (c->name == childName && (key.isEmpty() || c->attribute(key) == value))
                return c.get();
        }
        return nullptr;
    }
    Node *add(const QString &childName)
    {
        children.push_back(std::make_unique<Node>());
        children.back()->name = childName;
        return children.back().get();
    }
    Node *childOrNew(const QString &childName, const QString &key = {}, const QString &value = {})
    {
        Node *c = child(childName, key, value);
        if (!c) {
            c = add(childName);
            if (!key.isEmpty())
                c->setAttribute(key, value);
        }
        return c;
    }
};

std::unique_ptr<Node> parse(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader xml(bytes);
    // Names as written: what is read back is what was there.
    xml.setNamespaceProcessing(false);
    std::unique_ptr<Node> root;
    QList<Node *> open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            auto node = std::make_unique<Node>();
            node->name = xml.qualifiedName().toString();
            for (const QXmlStreamAttribute &a : xml.attributes())
                node->attributes.append({a.qualifiedName().toString(), a.value().toString()});
            Node *raw = node.get();
            if (open.isEmpty()) {
                if (root) {
                    *error = RecentlyUsedXbel::tr("it has more than one root element");
                    return nullptr;
                }
                root = std::move(node);
            } else {
                open.last()->children.push_back(std::move(node));
            }
            open << raw;
        } else if (xml.isEndElement()) {
            open.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace() && !open.isEmpty()) {
            auto text = std::make_unique<Node>();
            text->text = xml.text().toString();
            open.last()->children.push_back(std::move(text));
        }
    }
    if (xml.hasError()) {
        *error = RecentlyUsedXbel::tr("it is not XML (line %1: %2)")
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
        return nullptr;
    }
    if (!root || root->name != u"xbel") {
        *error = RecentlyUsedXbel::tr("it is not an XBEL document");
        return nullptr;
    }
    return root;
}

void writeNode(QXmlStreamWriter &xml, const Node &node)
{
    if (node.name.isEmpty()) {
        xml.writeCharacters(node.text);
        return;
    }
    xml.writeStartElement(node.name);
    for (const auto &[key, value] : node.attributes) xml.writeAttribute(key, value);
    for (const auto &child : node.children) writeNode(xml, *child);
    xml.writeEndElement();
}

}  // namespace

std::optional<QByteArray> RecentlyUsedXbel::record(const QByteArray &existing, const Entry &entry,
                                                   QString *error)
{
    QString why;
    std::unique_ptr<Node> root;
    if (existing.trimmed().isEmpty()) {
        root = std::make_unique<Node>();
        root->name = QStringLiteral("xbel");
        root->setAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    } else {
        root = parse(existing, &why);
        if (!root) {
            if (error)
                *error = why;
            return std::nullopt;
        }
    }
    // The prefixes the spec uses; a document that has them keeps its own.
    if (root->attribute(QStringLiteral("xmlns:bookmark")).isEmpty())
        root->setAttribute(QStringLiteral("xmlns:bookmark"), kBookmarkNs);
    if (root->attribute(QStringLiteral("xmlns:mime")).isEmpty())
        root->setAttribute(QStringLiteral("xmlns:mime"), kMimeNs);

    const QString href = QUrl::fromLocalFile(entry.filePath).toString(QUrl::FullyEncoded);
    const QString when = entry.when.toUTC().toString(Qt::ISODate);
    Node *bookmark = root->child(QStringLiteral("bookmark"), QStringLiteral("href"), href);
    if (!bookmark) {
        bookmark = root->add(QStringLiteral("bookmark"));
        bookmark->setAttribute(QStringLiteral("href"), href);
        bookmark->setAttribute(QStringLiteral("added"), when);
    }
    bookmark->setAttribute(QStringLiteral("modified"), when);
    bookmark->setAttribute(QStringLiteral("visited"), when);
    Node *metadata = bookmark->childOrNew(QStringLiteral("info"))
                         ->childOrNew(QStringLiteral("metadata"), QStringLiteral("owner"), kOwner);
    if (!metadata->child(QStringLiteral("mime:mime-type")))
        metadata->add(QStringLiteral("mime:mime-type"))
            ->setAttribute(QStringLiteral("type"), entry.mimeType);
    Node *application = metadata->childOrNew(QStringLiteral("bookmark:applications"))
                            ->childOrNew(QStringLiteral("bookmark:application"),
                                         QStringLiteral("name"), entry.appName);
    const int count = application->attribute(QStringLiteral("count")).toInt();
    application->setAttribute(QStringLiteral("exec"), entry.exec);
    application->setAttribute(QStringLiteral("modified"), when);
    application->setAttribute(QStringLiteral("count"), QString::number(std::max(0, count) + 1));

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    writeNode(xml, *root);
    xml.writeEndDocument();
    return out;
}

QString RecentlyUsedXbel::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/recently-used.xbel");
}

QString RecentlyUsedXbel::write(const QString &path, const Entry &entry)
{
    QByteArray existing;
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        const BundleFile::Read read = BundleFile::read(path, {}, kMaxBytes);
        if (!read.ok())
            return tr("%1 is not updated: it %2.").arg(path, read.error);
        existing = read.data;
    }
    QString why;
    const std::optional<QByteArray> recorded = record(existing, entry, &why);
    if (!recorded)
        return tr("%1 is not updated: %2.").arg(path, why);
    // A new account may have no ~/.local/share yet.
    QDir().mkpath(QFileInfo(path).absolutePath());
    SafeOutputFile file(path);
    if (!file.open())
        return file.errorString();
    file.writeAll(*recorded);
    if (!file.commit())
        return file.errorString();
    return {};
}

}  // namespace hope::core
