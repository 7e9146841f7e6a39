#pragma once
// The stable names of an enum's values (what the database, the payloads and the command line carry), declared once as
// a table: nameOf() and valueOf() read it both ways. Translated titles are not names and stay with each enum.

#include <QList>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace fb {

template <typename E> struct EnumName
{
    E value;
    QStringView name; // a u"…" literal: static storage
};

// How valueOf() reads the text before comparing it with the names, spelled the way each enum always accepted it.
struct NameMatch
{
    enum class Case { Exact, Upper, Lower };
    bool trim = false;           // ignore white space around the text
    Case textCase = Case::Exact; // compare the text upper- or lower-cased (the names are in that case)
    bool underscores = false;    // '-' and ' ' in the text count as '_' ("awaiting-parts" = "AWAITING_PARTS")
};

// The name of `value`; empty when the table does not list it.
template <typename E, std::size_t N> QString nameOf(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E> &entry : table) {
        if (entry.value == value)
            return QString::fromRawData(reinterpret_cast<const QChar *>(entry.name.utf16()), entry.name.size());
    }
    return {};
}

// The value named `text`, read as `match` says; nullopt when no name fits.
template <typename E, std::size_t N>
std::optional<E> valueOf(const EnumName<E> (&table)[N], const QString &text, NameMatch match = {})
{
    QString t = match.trim ? text.trimmed() : text;
    if (match.textCase == NameMatch::Case::Upper)
        t = t.toUpper();
    else if (match.textCase == NameMatch::Case::Lower)
        t = t.toLower();
    if (match.underscores)
        t.replace(u'-', u'_').replace(u' ', u'_');
    for (const EnumName<E> &entry : table) {
        if (entry.name == t)
            return entry.value;
    }
    return std::nullopt;
}

// Every value the table lists, in its order.
template <typename E, std::size_t N> QList<E> valuesOf(const EnumName<E> (&table)[N])
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (const EnumName<E> &entry : table)
        out.append(entry.value);
    return out;
}

} // namespace fb
