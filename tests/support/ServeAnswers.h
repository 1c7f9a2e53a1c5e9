#pragma once

#include "core/io/ReadLimits.h"
#include "core/io/ServeProtocol.h"

#include <QByteArray>
#include <QList>

// The answers of the serve protocol (core/io/ServeProtocol.h) as the tests compare them: what
// `vmscope-cli serve` and the shell reader ssh runs (core/io/RemoteServe.h) write on stdout, split
// by the client's own reader.
namespace vmscope::test {

struct ServeReply {
    bool ok = false;
    QByteArray bytes; // ok: the payload; error: the errno name ("ENOENT")
    QByteArray sentence; // error only

    // For failure messages: the start of the payload, or the error.
    QByteArray describe() const { return ok ? bytes.left(200) : bytes + " " + sentence; }
};

// Splits a whole stream of answers; a malformed or cut stream sets `valid` to false.
inline QList<ServeReply> serveAnswersOf(const QByteArray& out, bool& valid)
{
    ServeAnswerReader reader(ReadLimits {}.maxStreamedFileBytes);
    valid = reader.feed(std::string_view(out.constData(), static_cast<std::size_t>(out.size())));
    QList<ServeReply> replies;
    while (reader.hasAnswer()) {
        const ServeAnswer answer = reader.take();
        ServeReply reply;
        reply.ok = answer.ok;
        reply.bytes = QByteArray::fromStdString(answer.ok ? answer.bytes : serveErrnoName(answer.errorNumber));
        reply.sentence = QByteArray::fromStdString(answer.sentence);
        replies.append(reply);
    }
    valid = valid && !reader.midAnswer();
    return replies;
}

} // namespace vmscope::test
