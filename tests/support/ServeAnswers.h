#pragma once

#include <QByteArray>
#include <QList>

// The answers of the serve protocol (core/analysis/ServePolicy.h) as the tests read them: what
// `vmscope-cli serve` and the shell reader ssh runs (core/io/RemoteServe.h) write on stdout.
namespace vmscope::test {

struct ServeAnswer {
    bool ok = false;
    QByteArray bytes; // ok: the payload; error: the errno name
    QByteArray sentence; // error only

    // For failure messages: the start of the payload, or the error.
    QByteArray describe() const { return ok ? bytes.left(200) : bytes + " " + sentence; }
};

// Splits a stream of answers; a malformed stream sets `valid` to false (and ends the list).
inline QList<ServeAnswer> serveAnswersOf(const QByteArray& out, bool& valid)
{
    QList<ServeAnswer> answers;
    valid = true;
    qsizetype at = 0;
    while (at < out.size()) {
        const qsizetype newline = out.indexOf('\n', at);
        if (newline < 0) {
            valid = false;
            break;
        }
        const QByteArray head = out.mid(at, newline - at);
        at = newline + 1;
        ServeAnswer answer;
        if (head.startsWith("ok ")) {
            bool number = false;
            const qsizetype length = head.mid(3).toLongLong(&number);
            if (!number || length < 0 || at + length > out.size()) {
                valid = false;
                break;
            }
            answer.ok = true;
            answer.bytes = out.mid(at, length);
            at += length;
        } else if (head.startsWith("error E")) {
            const qsizetype space = head.indexOf(' ', 6);
            answer.bytes = head.mid(6, space < 0 ? -1 : space - 6);
            answer.sentence = space < 0 ? QByteArray() : head.mid(space + 1);
            if (answer.sentence.isEmpty()) {
                valid = false;
                break;
            }
        } else {
            valid = false;
            break;
        }
        answers.append(answer);
    }
    return answers;
}

} // namespace vmscope::test
