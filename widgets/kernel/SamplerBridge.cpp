#include "widgets/kernel/SamplerBridge.h"

namespace vmscope {

SamplerBridge::SamplerBridge(std::shared_ptr<const Source> source, QObject* parent)
    : QObject(parent)
    , m_sampler(std::make_unique<Sampler>(std::move(source)))
{
    qRegisterMetaType<SamplePtr>();
    // Queued invocations addressed to this object are dropped once it is deleted, and the
    // destructor stops the sampler first, after which no callback runs (Sampler::stop).
    m_sampler->setOnSample([this](SamplePtr sample) {
        QMetaObject::invokeMethod(
            this, [this, sample = std::move(sample)] { emit sampleArrived(sample); }, Qt::QueuedConnection);
    });
    m_sampler->setOnError([this](const Error& error) {
        const QString message = QString::fromStdString(error.message());
        QMetaObject::invokeMethod(
            this, [this, message] { emit samplingFailed(message); }, Qt::QueuedConnection);
    });
}

SamplerBridge::~SamplerBridge()
{
    m_sampler->stop();
}

void SamplerBridge::start()
{
    m_sampler->start();
}

void SamplerBridge::stop()
{
    m_sampler->stop();
}

bool SamplerBridge::running() const
{
    return m_sampler->running();
}

void SamplerBridge::setInterval(std::chrono::milliseconds interval)
{
    m_sampler->setInterval(interval);
}

std::chrono::milliseconds SamplerBridge::interval() const
{
    return m_sampler->interval();
}

double SamplerBridge::recordEvent(std::string_view kind, const std::string& label, std::optional<int> exitCode)
{
    SampleEvent event;
    event.seconds = m_sampler->secondsSinceStart();
    event.kind = std::string(kind);
    event.label = label;
    event.exitCode = exitCode;
    m_sampler->recordEvent(event);
    return event.seconds;
}

void SamplerBridge::recordEventAt(double seconds, std::string_view kind, const std::string& label)
{
    SampleEvent event;
    event.seconds = seconds;
    event.kind = std::string(kind);
    event.label = label;
    m_sampler->recordEvent(event);
}

std::vector<SamplePtr> SamplerBridge::history() const
{
    return m_sampler->ring().snapshot();
}

std::size_t SamplerBridge::samplesTaken() const
{
    return m_sampler->samplesTaken();
}

} // namespace vmscope
