#pragma once

#include <QList>
#include <QString>

namespace hope::speech {

// A stretch of a paragraph that is synthesised at once.
struct SpeechPassage
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const SpeechPassage &a, const SpeechPassage &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

// Cuts a paragraph into passages for read-aloud: whole sentences, as many
// as fit in maxChars, so that the first words sound soon and only a few
// seconds of audio are held, however long the paragraph (espeak-ng takes
// about 0.3 ms a character; a 100,000-character paragraph took 30 s and
// 1.25 GB before its first word). A sentence longer than maxChars is cut
// after a comma or a space, else at a word boundary as Qt finds them
// (between any two Han characters). Passages cover the text in order, with
// nothing left out and nothing twice.
class SpeechPassages final
{
public:
    static constexpr qsizetype kMaxChars = 400;

    [[nodiscard]] static QList<SpeechPassage> split(const QString &text,
                                                    qsizetype maxChars = kMaxChars);
};

}  // namespace hope::speech
