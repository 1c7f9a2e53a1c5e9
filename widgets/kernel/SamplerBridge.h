#pragma once

#include "core/io/Source.h"
#include "core/sampling/Sampler.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace vmscope {

// Owns the Sampler and hands its samples to the GUI thread: the sampler calls back on its own
// thread, the bridge re-posts each sample as a queued signal, so widgets only see immutable
// snapshots on their thread.
class SamplerBridge : public QObject {
    Q_OBJECT
public:
    explicit SamplerBridge(std::shared_ptr<const Source> source, QObject* parent = nullptr);
    ~SamplerBridge() override; // stops the sampler thread before anything else goes

    void start();
    void stop();
    bool running() const;
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    // Records the event in the sampler (for the CLI-style event list) and returns its time on
    // the sampler's clock, the one samples carry.
    double recordEvent(std::string_view kind, const std::string& label, std::optional<int> exitCode = {});
    // The same at a time of the sampler's clock already known (a sample's).
    void recordEventAt(double seconds, std::string_view kind, const std::string& label);
    std::vector<SamplePtr> history() const;
    std::size_t samplesTaken() const;
    const Sampler& sampler() const { return *m_sampler; }

signals:
    void sampleArrived(const vmscope::SamplePtr& sample);
    void samplingFailed(const QString& message);

private:
    std::unique_ptr<Sampler> m_sampler;
};

} // namespace vmscope

Q_DECLARE_METATYPE(vmscope::SamplePtr)
