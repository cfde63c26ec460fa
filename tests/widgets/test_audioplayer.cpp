// SPDX-License-Identifier: GPL-3.0-or-later
// The audio player (widgets/video/audioplayer.h) and its feed (audiofeed.h), with a stand-in
// device whose clock the tests move by hand (exact positions, failures on cue) and on its
// fallback clock. test_audiodevice.cpp plays through the real QAudioSink to a PulseAudio
// server of its own.
#include <catch2/catch.hpp>

#include "audiotestutil.h"
#include "media/audiodecoder.h"
#include "video/audiofeed.h"
#include "video/audioplayer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

using namespace annostraat;
using namespace annostraat::test;

namespace {

struct Media
{
    QTemporaryDir dir;
    QString video;   ///< 4 s, FLAC sound track: silence, then the tone from 2 s
    QString noAudio; ///< 2 s video without sound
};

const Media &media()
{
    // A static object, so the folder is removed at exit.
    static Media media;
    static const bool made = [] {
        Media *m = &media;
        QString error;
        m->video = makeToneVideo(m->dir.path(), QStringLiteral("tone.mkv"), 4,
                                 QStringLiteral("flac"), &error);
        REQUIRE(error.isEmpty());
        m->noAudio = makeToneVideo(m->dir.path(), QStringLiteral("mute.mkv"), 2, QString(), &error);
        REQUIRE(error.isEmpty());
        return true;
    }();
    REQUIRE(made);
    return media;
}

/// Takes everything \a feed gives for its current session (until drained), as samples.
std::vector<qint16> drain(AudioFeed &feed, qint64 limitFrames = 1 << 22)
{
    std::vector<qint16> all;
    std::vector<char> chunk(4096 * size_t(feed.bytesPerFrame()));
    const bool done = QTest::qWaitFor(
            [&] {
                while (const qint64 n = feed.take(chunk.data(), qint64(chunk.size()))) {
                    const auto *s = reinterpret_cast<const qint16 *>(chunk.data());
                    all.insert(all.end(), s, s + n / 2);
                }
                return feed.drained() || qint64(all.size()) / feed.channels() >= limitFrames;
            },
            60000);
    REQUIRE(done);
    return all;
}

double peakOf(const std::vector<qint16> &samples, size_t from, size_t to)
{
    int peak = 0;
    for (size_t i = from; i < std::min(to, samples.size()); ++i)
        peak = std::max(peak, std::abs(int(samples[i])));
    return peak / 32768.0;
}

} // namespace

TEST_CASE("The audio feed decodes ahead from the position asked for, at the speed asked for")
{
    AudioFeed feed;
    REQUIRE(feed.open(media().video, 48000, 2));

    feed.start(2500, 1.0);
    auto tone = drain(feed, 4800);
    CHECK(std::abs(peakOf(tone, 0, 9600) - kToneAmplitude) < 0.02);

    feed.start(1000, 1.0);
    auto silence = drain(feed, 4800);
    CHECK(peakOf(silence, 0, 9600) < 0.01);

    // 10 ms before the onset: 480 silent frames first.
    feed.start(1990, 1.0);
    auto onset = drain(feed, 960);
    CHECK(peakOf(onset, 0, 2 * 470) < 0.01);
    CHECK(peakOf(onset, 2 * 530, 2 * 960) > 0.4);

    // The whole file at 2× is half as many frames for the device, at 0.5× twice as many.
    feed.start(0, 2.0);
    CHECK(std::abs(qint64(drain(feed).size()) / 2 - 2 * 48000) <= 48);
    feed.start(0, 0.5);
    CHECK(std::abs(qint64(drain(feed).size()) / 2 - 8 * 48000) <= 96);
    CHECK(feed.takeError().isEmpty());

    SECTION("a snippet is as long as asked, faded in and out")
    {
        feed.start(2500, 1.0, 100);
        const auto snippet = drain(feed);
        CHECK(qint64(snippet.size()) / 2 == 4800);
        CHECK(std::abs(snippet.front()) < 100);
        CHECK(std::abs(snippet.back()) < 100);
        CHECK(peakOf(snippet, 2 * 1000, 2 * 3000) > 0.45);
        CHECK(feed.drained());
    }
    SECTION("a new session drops what the old one decoded")
    {
        feed.start(2500, 1.0);
        CHECK(QTest::qWaitFor([&] { return feed.buffered() > 0; }, 5000));
        feed.start(500, 1.0);
        CHECK(peakOf(drain(feed, 4800), 0, 9600) < 0.01);
        feed.stop();
        std::vector<char> none(64);
        CHECK(feed.take(none.data(), 64) == 0);
    }
}

TEST_CASE("The audio feed tells a video without sound apart")
{
    AudioFeed feed;
    auto opened = feed.open(media().noAudio, 48000, 2);
    REQUIRE_FALSE(opened);
    CHECK(AudioDecoder::isNoAudio(opened.error()));
    CHECK_FALSE(feed.isOpen());
}

namespace {

/// A sound device the test controls: it keeps what it is sent, and has "played" what the
/// test says.
struct FakeDevice
{
    int rate = 48000;
    int channels = 2;
    qint64 buffer = 48000 * 4 * 120 / 1000;
    bool failStart = false;
    bool running = false;
    int runs = 0;
    QByteArray written;  ///< this run
    qint64 playedUs = 0; ///< heard in this run (the test moves it)
    qint64 acceptAtMost = -1; ///< bytes one write() takes at most (-1: all it is given)
    AudioOutput *output = nullptr;

    qint64 bytesPerSecond() const { return qint64(rate) * channels * 2; }
    qint64 writtenUs() const { return qint64(written.size()) * 1000000 / bytesPerSecond(); }
    /// The samples of this run.
    std::vector<qint16> samples(qint64 fromByte = 0, qint64 bytes = -1) const
    {
        const QByteArray part = written.mid(fromByte, bytes);
        const auto *s = reinterpret_cast<const qint16 *>(part.constData());
        return std::vector<qint16>(s, s + part.size() / 2);
    }
};

class FakeOutput final : public AudioOutput
{
public:
    explicit FakeOutput(std::shared_ptr<FakeDevice> device)
        : d(std::move(device))
    {
        d->output = this;
    }
    ~FakeOutput() override
    {
        if (d->output == this)
            d->output = nullptr;
    }
    int sampleRate() const override { return d->rate; }
    int channels() const override { return d->channels; }
    bool start() override
    {
        if (d->failStart)
            return false;
        d->running = true;
        ++d->runs;
        d->written.clear();
        d->playedUs = 0;
        return true;
    }
    void stop() override { d->running = false; }
    qint64 bufferSize() const override { return d->buffer; }
    qint64 bytesFree() const override
    {
        if (!d->running)
            return 0;
        const qint64 played = std::min(d->playedUs, d->writtenUs()) * d->bytesPerSecond() / 1000000;
        return std::max<qint64>(0, d->buffer - (d->written.size() - played));
    }
    qint64 write(const char *data, qint64 bytes) override
    {
        const qint64 n = d->acceptAtMost < 0 ? bytes : std::min(bytes, d->acceptAtMost);
        d->written.append(data, n);
        return n;
    }
    qint64 processedUSecs() const override
    {
        return d->running ? std::min(d->playedUs, d->writtenUs()) : 0;
    }

private:
    std::shared_ptr<FakeDevice> d;
};

} // namespace

TEST_CASE("With a sound device the sound's clock drives the position, not the wall clock")
{
    auto device = std::make_shared<FakeDevice>();
    qint64 now = 0;
    AudioPlayer player;
    player.setClock([&] { return now; });
    player.setOutputFactory([device](QString *) { return std::make_unique<FakeOutput>(device); });
    QSignalSpy failures(&player, &AudioPlayer::failed);
    player.open(media().video);
    REQUIRE(player.hasAudio());
    const qint64 tenMs = device->bytesPerSecond() / 100;

    player.play(2500);
    CHECK(device->runs == 1);
    REQUIRE(QTest::qWaitFor([&] { return device->written.size() >= 10 * tenMs; }, 10000));
    const auto first = device->samples(0, 10 * tenMs);
    CHECK(std::abs(peakOf(first, 0, first.size()) - kToneAmplitude) < 0.02);
    CHECK(player.positionMs() == 2500); // nothing heard yet
    now += 1000;
    CHECK(player.positionMs() == 2500); // nor does the wall clock move it before the sound
    device->playedUs = 100000;
    CHECK(player.positionMs() == 2600);
    // Between the device's reports the wall clock carries the picture on, but no further than
    // kMaxAheadOfSoundMs past the sound last heard.
    now += 150;
    CHECK(player.positionMs() == 2750);
    now += 5000;
    CHECK(player.positionMs() == 2600 + AudioPlayer::kMaxAheadOfSoundMs);
    // A report behind what was shown: the picture waits (never goes back) until the sound
    // passes it.
    device->playedUs = 300000;
    CHECK(player.positionMs() == 2600 + AudioPlayer::kMaxAheadOfSoundMs);
    REQUIRE(QTest::qWaitFor([&] { return device->writtenUs() >= 550000; }, 10000));
    device->playedUs = 550000;
    CHECK(player.positionMs() == 3050);

    // Faster: a new run from where it is; 100 ms heard at 2× is 200 ms of the program.
    player.play(player.positionMs(), 2.0);
    CHECK(device->runs == 2);
    REQUIRE(QTest::qWaitFor([&] { return device->written.size() >= 10 * tenMs; }, 10000));
    device->playedUs = 100000;
    CHECK(player.positionMs() == 3250);

    player.pause();
    CHECK_FALSE(device->running);
    CHECK(player.positionMs() == 3250);

    SECTION("the sound ends before the video: the clock carries on from its end")
    {
        player.play(3800);
        // 200 ms of sound are left; all of it written and heard.
        REQUIRE(QTest::qWaitFor(
                [&] {
                    device->playedUs = 60000000;
                    return !device->running;
                },
                10000));
        CHECK(player.isPlaying());
        CHECK(std::abs(player.positionMs() - 4000) <= 2);
        now += 1000;
        CHECK(std::abs(player.positionMs() - 5000) <= 2);
    }
    SECTION("a snippet plays at the step and leaves the clock there")
    {
        player.playSnippet(2500, 100);
        CHECK_FALSE(player.isPlaying());
        // The snippet, then silence until the device's buffer is full (so a prebuffering
        // device starts).
        REQUIRE(QTest::qWaitFor([&] { return device->written.size() >= device->buffer; }, 10000));
        const auto snippet = device->samples(0, 10 * tenMs);
        CHECK(std::abs(snippet.front()) < 100);
        CHECK(std::abs(snippet.back()) < 100);
        CHECK(peakOf(snippet, snippet.size() / 4, snippet.size() * 3 / 4) > 0.45);
        CHECK(peakOf(device->samples(10 * tenMs), 0, size_t(device->buffer)) == 0.0);
        // Heard: nothing more is written, but the sink is left to run dry rather than stopped
        // (stopping drops what a slow sound server has not played yet).
        device->playedUs = 60000000;
        QTest::qWait(100);
        const qint64 written = device->written.size();
        QTest::qWait(100);
        CHECK(device->written.size() == written);
        CHECK(device->running);
        CHECK(player.positionMs() == 2500);
        // What comes next stops it: a play, another snippet, closing the item.
        player.play(2500);
        CHECK(device->runs == 4);
        player.close();
        CHECK_FALSE(device->running);
    }
    SECTION("a device that fails hands over to the clock, once")
    {
        player.play(1000);
        REQUIRE(QTest::qWaitFor([&] { return device->written.size() >= 10 * tenMs; }, 10000));
        device->playedUs = 50000;
        REQUIRE(device->output);
        device->output->onFailure();
        CHECK(failures.size() == 1);
        CHECK_FALSE(player.hasAudio());
        CHECK(player.isPlaying());
        CHECK(player.positionMs() == 1050);
        now += 100;
        CHECK(player.positionMs() == 1150);
    }
    SECTION("a device that cannot be opened hands over to the clock")
    {
        device->failStart = true;
        player.play(1000);
        CHECK(failures.size() == 1);
        CHECK_FALSE(player.hasAudio());
        now += 100;
        CHECK(player.positionMs() == 1100);
    }
    CHECK(failures.size() <= 1);
}

TEST_CASE("A device that takes less than it is offered loses no sound")
{
    // The same 300 ms from 2.5 s, once to a device that takes everything and once to one that
    // takes 1000 bytes a write: what reaches the two is the same sound, sample for sample.
    const auto heard = [](qint64 acceptAtMost) {
        auto device = std::make_shared<FakeDevice>();
        device->acceptAtMost = acceptAtMost;
        qint64 now = 0;
        AudioPlayer player;
        player.setClock([&] { return now; });
        player.setOutputFactory(
                [device](QString *) { return std::make_unique<FakeOutput>(device); });
        player.open(media().video);
        REQUIRE(player.hasAudio());
        player.play(2500);
        const qint64 bytes = device->bytesPerSecond() * 3 / 10;
        // The device hears as fast as it is given, so the player keeps giving.
        REQUIRE(QTest::qWaitFor(
                [&] {
                    device->playedUs = device->writtenUs();
                    return device->written.size() >= bytes;
                },
                20000));
        player.pause();
        return device->samples(0, bytes);
    };
    const std::vector<qint16> whole = heard(-1);
    const std::vector<qint16> bitByBit = heard(1000);
    REQUIRE(whole.size() == bitByBit.size());
    CHECK(whole == bitByBit);
    CHECK(peakOf(whole, 0, whole.size()) > 0.45);
}

TEST_CASE("Without sound the player runs on a monotonic clock scaled by the speed")
{
    qint64 now = 10000;
    AudioPlayer player;
    player.setOutputEnabled(false);
    player.setClock([&] { return now; });
    QSignalSpy failures(&player, &AudioPlayer::failed);
    QSignalSpy playing(&player, &AudioPlayer::playingChanged);
    player.open(media().video);
    CHECK_FALSE(player.hasAudio());
    CHECK_FALSE(player.isPlaying());
    CHECK(player.positionMs() == 0);

    player.play(1000);
    CHECK(player.isPlaying());
    CHECK(playing.size() == 1);
    now += 500;
    CHECK(player.positionMs() == 1500);

    // L twice: 2×, from where it is.
    player.play(player.positionMs(), 2.0);
    now += 500;
    CHECK(player.positionMs() == 2500);
    CHECK(player.speed() == 2.0);

    player.pause();
    CHECK_FALSE(player.isPlaying());
    now += 1000;
    CHECK(player.positionMs() == 2500);

    player.play(2500, 0.5);
    now += 1000;
    CHECK(player.positionMs() == 3000);
    player.play(0, 8.0);
    CHECK(player.speed() == AudioPlayer::kMaxSpeed);
    player.play(0, 0.01);
    CHECK(player.speed() == AudioPlayer::kMinSpeed);

    // Frame stepping: the snippet leaves the clock where the step went.
    player.playSnippet(1234);
    CHECK_FALSE(player.isPlaying());
    CHECK(player.positionMs() == 1234);
    now += 1000;
    CHECK(player.positionMs() == 1234);
    CHECK(failures.isEmpty());
}

TEST_CASE("A video without audio plays on the fallback clock, whatever the machine has")
{
    AudioPlayer player;
    QSignalSpy failures(&player, &AudioPlayer::failed);
    player.open(media().noAudio);
    CHECK_FALSE(player.hasAudio());
    player.playSnippet(500);
    player.play(0, 2.0);
    // The real monotonic clock: generous bounds, only that it moves at about 2×.
    QTest::qWait(200);
    const qint64 at = player.positionMs();
    CHECK(at >= 300);
    CHECK(at < 10000);
    player.pause();
    const qint64 held = player.positionMs();
    QTest::qWait(50);
    CHECK(player.positionMs() == held);
    CHECK(failures.isEmpty());

    SECTION("and a video with sound on a machine without a sound device")
    {
        player.open(media().video);
        if (QMediaDevices::defaultAudioOutput().isNull())
            CHECK_FALSE(player.hasAudio());
        player.play(1000);
        QTest::qWait(100);
        CHECK(player.positionMs() >= 1000);
        player.close();
        CHECK_FALSE(player.isPlaying());
        CHECK(failures.isEmpty());
    }
}
