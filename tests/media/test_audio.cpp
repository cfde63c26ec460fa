// SPDX-License-Identifier: GPL-3.0-or-later
// Audio decoding and the waveform (core/media/audiodecoder.h, waveform.h), on media made
// with ffmpeg: silence, then a 440 Hz tone from 2 s, in a video and in audio-only files.
#include <catch2/catch.hpp>

#include "audiotestutil.h"
#include "media/audiodecoder.h"
#include "media/waveform.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <vector>

using namespace annostraat;
using namespace annostraat::test;

namespace {

/// The test media, made once per run.
struct Media
{
    QTemporaryDir dir;
    QString video;     ///< MPEG-4 video, FLAC sound track (lossless: the onset is exact)
    QString aac;       ///< AAC in MP4, audio only (priming samples, an edit list)
    QString noAudio;   ///< video without a sound track
    QString notMedia;  ///< a text file
    QString truncated; ///< the AAC file cut in half
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
        m->aac = makeToneAudio(m->dir.path(), QStringLiteral("tone.m4a"), 4, QStringLiteral("aac"),
                               &error);
        REQUIRE(error.isEmpty());
        m->noAudio = makeToneVideo(m->dir.path(), QStringLiteral("silent film.mkv"), 1, QString(),
                                   &error);
        REQUIRE(error.isEmpty());
        m->notMedia = QDir(m->dir.path()).filePath(QStringLiteral("notes.mp4"));
        QFile text(m->notMedia);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("These are not the sounds you are looking for.\n");
        text.close();
        // A 20 s AAC file with its index up front, cut after a third: the demuxer finds the
        // index and then runs out of data.
        const QString whole = makeToneAudio(m->dir.path(), QStringLiteral("long.m4a"), 20,
                                            QStringLiteral("aac"), &error);
        REQUIRE(error.isEmpty());
        REQUIRE(runFfmpeg({QStringLiteral("-i"), whole, QStringLiteral("-c"),
                           QStringLiteral("copy"), QStringLiteral("-movflags"),
                           QStringLiteral("+faststart"),
                           QDir(m->dir.path()).filePath(QStringLiteral("faststart.m4a"))})
                        .isEmpty());
        QFile full(QDir(m->dir.path()).filePath(QStringLiteral("faststart.m4a")));
        REQUIRE(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        m->truncated = QDir(m->dir.path()).filePath(QStringLiteral("truncated.m4a"));
        QFile cut(m->truncated);
        REQUIRE(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 3));
        return true;
    }();
    REQUIRE(made);
    return media;
}

/// All of \a decoder's samples from where it is.
std::vector<qint16> readAll(AudioDecoder &decoder, QString *error = nullptr)
{
    std::vector<qint16> all;
    std::vector<qint16> buffer(4096 * size_t(decoder.channels()));
    while (true) {
        auto got = decoder.read(buffer.data(), 4096);
        if (!got) {
            if (error)
                *error = got.error().message();
            break;
        }
        if (*got == 0)
            break;
        all.insert(all.end(), buffer.begin(), buffer.begin() + *got * decoder.channels());
    }
    return all;
}

double peakOf(const std::vector<qint16> &samples, size_t from, size_t to)
{
    int peak = 0;
    for (size_t i = from; i < std::min(to, samples.size()); ++i)
        peak = std::max(peak, std::abs(int(samples[i])));
    return peak / 32768.0;
}

/// Index of the first sample louder than \a level (of full scale); -1 if none.
qint64 firstLoud(const std::vector<qint16> &samples, double level)
{
    for (size_t i = 0; i < samples.size(); ++i) {
        if (std::abs(samples[i]) > level * 32768)
            return qint64(i);
    }
    return -1;
}

std::unique_ptr<AudioDecoder> openOrFail(const QString &path, int rate = AudioDecoder::kDefaultRate,
                                         int channels = AudioDecoder::kDefaultChannels)
{
    auto opened = AudioDecoder::open(path, rate, channels);
    INFO((opened ? QString() : opened.error().message()).toStdString());
    REQUIRE(opened);
    return std::move(opened).value();
}

QString fables()
{
    return QStringLiteral(ANNOSTRAAT_FIXTURES "/speach-elan/test_data/fables_01_03_aesop_64kb.ogg");
}

/// Opens \a path in \a wave and waits for the end; true when it ended ready.
bool compute(Waveform &wave, const QString &path)
{
    wave.open(path);
    return wave.waitUntilDone(120000);
}

} // namespace

TEST_CASE("The audio decoder reads a video's sound track to the sample")
{
    auto decoder = openOrFail(media().video);
    CHECK(decoder->sampleRate() == 48000);
    CHECK(decoder->channels() == 2);
    CHECK(decoder->codecName() == QStringLiteral("flac"));
    CHECK(std::abs(decoder->durationMs() - 4000) <= 40);

    const auto all = readAll(*decoder);
    const qint64 frames = qint64(all.size()) / 2;
    CHECK(std::abs(frames - 4 * 48000) <= 48);
    CHECK(decoder->atEnd());
    const size_t onset = size_t(kToneStartMs) * 48 * 2; // sample index (stereo)
    CHECK(peakOf(all, 0, onset - 2 * 48) < 0.01);
    CHECK(std::abs(peakOf(all, onset + 10 * 48 * 2, all.size()) - kToneAmplitude) < 0.02);
    // The tone starts at 2000 ms, within a millisecond.
    const qint64 first = firstLoud(all, 0.05) / 2;
    CHECK(first >= qint64(kToneStartMs) * 48);
    CHECK(first <= qint64(kToneStartMs) * 48 + 48);

    SECTION("seeking lands on the millisecond asked for")
    {
        std::vector<qint16> buffer(960 * 2);
        REQUIRE(decoder->seek(2500));
        CHECK(decoder->positionMs() == 2500);
        REQUIRE(decoder->read(buffer.data(), 480).value() == 480);
        CHECK(std::abs(peakOf(buffer, 0, 960) - kToneAmplitude) < 0.02);
        CHECK(decoder->positionMs() == 2510);

        REQUIRE(decoder->seek(1000));
        REQUIRE(decoder->read(buffer.data(), 480).value() == 480);
        CHECK(peakOf(buffer, 0, 960) < 0.01);

        // 10 ms before the onset: 480 silent frames, then the tone.
        REQUIRE(decoder->seek(1990));
        REQUIRE(decoder->read(buffer.data(), 960).value() == 960);
        const qint64 at = firstLoud(buffer, 0.05) / 2;
        CHECK(at >= 480);
        CHECK(at <= 480 + 48);

        // Backwards again, then past the end.
        REQUIRE(decoder->seek(0));
        CHECK(readAll(*decoder).size() == all.size());
        REQUIRE(decoder->seek(60000));
        CHECK(decoder->read(buffer.data(), 480).value() == 0);
    }

    SECTION("a slower output rate gives as many frames as the rate asks")
    {
        decoder->setSampleRate(24000);
        REQUIRE(decoder->seek(0));
        CHECK(decoder->sampleRate() == 24000);
        const auto half = readAll(*decoder);
        CHECK(std::abs(qint64(half.size()) / 2 - 4 * 24000) <= 24);
        const qint64 start = firstLoud(half, 0.05) / 2;
        CHECK(std::abs(start - qint64(kToneStartMs) * 24) <= 24);
    }
}

TEST_CASE("Audio time 0 is the video's first frame, whichever stream starts first")
{
    QTemporaryDir dir;
    const auto make = [&](const QString &name, const QStringList &videoIn,
                          const QStringList &audioIn, const QStringList &out) {
        const QString path = QDir(dir.path()).filePath(name);
        const QString error = runFfmpeg(videoIn +
                                        QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"),
                                                    QStringLiteral("-i"),
                                                    QStringLiteral("testsrc=s=64x48:r=25:d=4")} +
                                        audioIn +
                                        QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"),
                                                    QStringLiteral("-i"), toneSource(4)} +
                                        out + QStringList{path});
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        return path;
    };
    // A whole number of frames at 25 fps (ffmpeg puts a video's start on the frame grid).
    const qint64 lateMs = 520;
    const QStringList late{QStringLiteral("-itsoffset"), QStringLiteral("0.52")};
    const QStringList mkv{QStringLiteral("-c:v"), QStringLiteral("mpeg4"), QStringLiteral("-c:a"),
                          QStringLiteral("flac")};

    // The sound starts 0.52 s after the picture: silence first, the tone at 2.52 s.
    {
        auto decoder = openOrFail(make(QStringLiteral("audio-late.mkv"), {}, late, mkv));
        const auto all = readAll(*decoder);
        const qint64 first = firstLoud(all, 0.05) / 2;
        CHECK(std::abs(first - (kToneStartMs + lateMs) * 48) <= 48);
    }
    // The picture starts 0.52 s after the sound: what is before it is not heard with it.
    {
        auto decoder = openOrFail(make(QStringLiteral("video-late.mkv"), late, {}, mkv));
        const auto all = readAll(*decoder);
        const qint64 first = firstLoud(all, 0.05) / 2;
        CHECK(std::abs(first - (kToneStartMs - lateMs) * 48) <= 48);
    }
    // MPEG-TS with timestamps from 10 s (and the muxer's own delay), MPEG audio.
    {
        auto decoder =
                openOrFail(make(QStringLiteral("offset.ts"), {}, {},
                                {QStringLiteral("-c:v"), QStringLiteral("mpeg2video"),
                                 QStringLiteral("-c:a"), QStringLiteral("mp2"),
                                 QStringLiteral("-output_ts_offset"), QStringLiteral("10")}));
        const auto all = readAll(*decoder);
        const qint64 first = firstLoud(all, kToneAmplitude / 2) / 2;
        CHECK(std::abs(first - kToneStartMs * 48) <= 30 * 48);
        std::vector<qint16> buffer(480 * 2);
        REQUIRE(decoder->seek(3000));
        REQUIRE(decoder->read(buffer.data(), 480).value() == 480);
        CHECK(std::abs(peakOf(buffer, 0, 960) - kToneAmplitude) < 0.05);
        REQUIRE(decoder->seek(1000));
        REQUIRE(decoder->read(buffer.data(), 480).value() == 480);
        CHECK(peakOf(buffer, 0, 960) < 0.01);
    }
}

TEST_CASE("The audio decoder reads AAC in MP4 and converts rate and channels")
{
    auto decoder = openOrFail(media().aac, 44100, 1);
    CHECK(decoder->codecName() == QStringLiteral("aac"));
    CHECK(decoder->sourceRate() == 48000);
    CHECK(decoder->sourceChannels() == 2);
    const auto all = readAll(*decoder);
    CHECK(std::abs(qint64(all.size()) - 4 * 44100) <= 44100 / 20);
    // A lossy codec smears the onset a little; the priming samples are dropped.
    const qint64 first = firstLoud(all, kToneAmplitude / 2);
    CHECK(std::abs(first - qint64(kToneStartMs) * 441 / 10) <= 441);
}

TEST_CASE("The fables recording decodes to its full length")
{
    auto decoder = openOrFail(fables());
    CHECK(decoder->codecName() == QStringLiteral("vorbis"));
    CHECK(decoder->sourceRate() == 44100);
    CHECK(decoder->sourceChannels() == 1);
    // ffprobe: duration=101.407347
    CHECK(std::abs(decoder->durationMs() - 101407) <= 5);
    QString error;
    const auto all = readAll(*decoder, &error);
    CHECK(error.isEmpty());
    const qint64 ms = qint64(all.size()) / 2 * 1000 / 48000;
    CHECK(std::abs(ms - 101407) <= 30);
    CHECK(peakOf(all, 0, all.size()) > 0.1);

    REQUIRE(decoder->seek(60000));
    CHECK(decoder->positionMs() == 60000);
    const auto rest = readAll(*decoder);
    CHECK(std::abs(qint64(rest.size()) / 2 * 1000 / 48000 - (101407 - 60000)) <= 30);
}

TEST_CASE("Bad audio input gives messages that name the file")
{
    SECTION("not media")
    {
        auto opened = AudioDecoder::open(media().notMedia);
        REQUIRE_FALSE(opened);
        CHECK_FALSE(AudioDecoder::isNoAudio(opened.error()));
        CHECK(opened.error().message().contains(QStringLiteral("notes.mp4")));
        CHECK(opened.error().message().contains(QStringLiteral("not a media file")));
    }
    SECTION("missing")
    {
        auto opened =
                AudioDecoder::open(QDir(media().dir.path()).filePath(QStringLiteral("gone.wav")));
        REQUIRE_FALSE(opened);
        CHECK(opened.error().isAccess());
        CHECK(opened.error().message().contains(QStringLiteral("gone.wav")));
    }
    SECTION("a video without audio is told apart")
    {
        auto opened = AudioDecoder::open(media().noAudio);
        REQUIRE_FALSE(opened);
        CHECK(AudioDecoder::isNoAudio(opened.error()));
        CHECK(opened.error().message().contains(QStringLiteral("silent film.mkv")));
    }
    SECTION("a playlist reaches no network, a colon in a name is no protocol")
    {
        const QString playlist = QDir(media().dir.path()).filePath(QStringLiteral("list.m3u8"));
        QFile list(playlist);
        REQUIRE(list.open(QIODevice::WriteOnly));
        list.write("#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nhttp://127.0.0.1:9/segment.ts\n"
                   "#EXT-X-ENDLIST\n");
        list.close();
        auto opened = AudioDecoder::open(playlist);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message().contains(QStringLiteral("list.m3u8")));

        const QString colon = QDir(media().dir.path()).filePath(QStringLiteral("http:tone.mkv"));
        REQUIRE(QFile::copy(media().video, colon));
        CHECK(AudioDecoder::open(colon));
    }
    SECTION("truncated")
    {
        auto decoder = openOrFail(media().truncated);
        QString error;
        readAll(*decoder, &error);
        CHECK(error.contains(QStringLiteral("truncated.m4a")));
        CHECK(error.contains(QStringLiteral("truncated or damaged")));
    }
}

TEST_CASE("The waveform shows silence and the tone where they are, and grows as it goes")
{
    QTemporaryDir cache;
    Waveform wave;
    wave.setCacheFolder(cache.path());
    int grown = 0;
    QObject::connect(&wave, &Waveform::grown, [&] { ++grown; });
    REQUIRE(compute(wave, media().video));
    CHECK(grown >= 1);
    CHECK(wave.hasAudio());
    CHECK_FALSE(wave.loadedFromCache());
    CHECK(std::abs(wave.durationMs() - 4000) <= 2);
    CHECK(wave.doneMs() == wave.durationMs());

    // One bucket per millisecond around the onset.
    const auto fine = wave.peaks(1900, 2100, 200);
    REQUIRE(fine.size() == 200);
    for (int i = 0; i < 200; ++i) {
        const qint64 ms = 1900 + i;
        const float loud = std::max(-fine[i].first, fine[i].second);
        INFO("ms " << ms << ": " << fine[i].first << " … " << fine[i].second);
        if (ms < kToneStartMs - 1)
            CHECK(loud < 0.01f);
        else if (ms > kToneStartMs + 1)
            CHECK(loud > 0.4f);
    }
    // The whole program in four buckets (through the coarser levels).
    const auto coarse = wave.peaks(0, 4000, 4);
    CHECK(coarse[0].second < 0.01f);
    CHECK(coarse[1].second < 0.01f);
    CHECK(std::abs(coarse[2].second - 0.5f) < 0.02f);
    CHECK(std::abs(coarse[3].first + 0.5f) < 0.02f);
    // Zoomed in further than a millisecond per bucket, and past the end.
    const auto zoomed = wave.peaks(2500, 2501, 10);
    CHECK(zoomed[0] == zoomed[9]);
    const auto after = wave.peaks(5000, 6000, 10);
    CHECK(after[0] == qMakePair(0.0f, 0.0f));
    CHECK(wave.memoryBytes() >= 4000 * 4);
}

TEST_CASE("A second open reads the waveform from the cache, a bad cache file is rebuilt")
{
    QTemporaryDir cache;
    QList<QPair<float, float>> first;
    {
        Waveform wave;
        wave.setCacheFolder(cache.path());
        REQUIRE(compute(wave, media().video));
        CHECK_FALSE(wave.loadedFromCache());
        first = wave.peaks(0, 4000, 4000);
    }
    Waveform again;
    again.setCacheFolder(cache.path());
    const QString file = again.cacheFileFor(media().video);
    REQUIRE(QFileInfo::exists(file));
    REQUIRE(compute(again, media().video));
    CHECK(again.loadedFromCache());
    CHECK(again.peaks(0, 4000, 4000) == first);
    CHECK(again.durationMs() == 4000);

    SECTION("a flipped byte")
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(1000);
        f.write("\x7f\x7f\x7f\x7f", 4);
    }
    SECTION("cut short")
    {
        QFile f(file);
        REQUIRE(f.resize(100));
    }
    SECTION("not ours")
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("RIFF....WAVE");
    }
    again.close();
    REQUIRE(compute(again, media().video));
    CHECK_FALSE(again.loadedFromCache());
    CHECK(again.peaks(0, 4000, 4000) == first);
    // Rebuilt: the next open reads it.
    REQUIRE(compute(again, media().video));
    CHECK(again.loadedFromCache());
}

TEST_CASE("The waveform of a video without audio is ready and empty, a bad file fails")
{
    QTemporaryDir cache;
    Waveform wave;
    wave.setCacheFolder(cache.path());
    int failures = 0;
    QObject::connect(&wave, &Waveform::failed, [&] { ++failures; });
    REQUIRE(compute(wave, media().noAudio));
    CHECK_FALSE(wave.hasAudio());
    CHECK(wave.durationMs() == 0);
    CHECK(wave.peaks(0, 1000, 10).size() == 10);
    CHECK(failures == 0);
    REQUIRE(compute(wave, media().noAudio));
    CHECK(wave.loadedFromCache());
    CHECK_FALSE(wave.hasAudio());

    CHECK_FALSE(compute(wave, media().notMedia));
    CHECK(failures == 1);
    CHECK(wave.error().contains(QStringLiteral("notes.mp4")));
    CHECK_FALSE(QFileInfo::exists(wave.cacheFileFor(media().notMedia)));

    // A truncated file keeps what was read and is not cached.
    CHECK_FALSE(compute(wave, media().truncated));
    CHECK(failures == 2);
    CHECK(wave.doneMs() > 2000);
    CHECK_FALSE(QFileInfo::exists(wave.cacheFileFor(media().truncated)));
}

TEST_CASE("The fables waveform has the recording's length")
{
    QTemporaryDir cache;
    Waveform wave;
    wave.setCacheFolder(cache.path());
    REQUIRE(compute(wave, fables()));
    CHECK(std::abs(wave.durationMs() - 101407) <= 30);
    const auto whole = wave.peaks(0, wave.durationMs(), 100);
    CHECK(std::count_if(whole.cbegin(), whole.cend(),
                        [](const auto &p) { return p.second > 0.05f; }) > 50);
}

TEST_CASE("Closing or destroying a waveform stops its computation")
{
    // 20 minutes of 8 kHz mono: far more than the first chunk.
    static QTemporaryDir dir;
    QString error;
    const QString path =
            makeToneAudio(dir.path(), QStringLiteral("long.wav"), 1200, QStringLiteral("pcm_s16le"),
                          &error, 8000, QStringLiteral("mono"));
    REQUIRE(error.isEmpty());
    QTemporaryDir cache;

    Waveform wave;
    wave.setCacheFolder(cache.path());
    int seen = 0;
    QEventLoop loop;
    const auto stopper = QObject::connect(&wave, &Waveform::grown, &loop, [&] {
        ++seen;
        wave.close();
        loop.quit();
    });
    QObject::connect(&wave, &Waveform::ready, &loop, [&] { ++seen; });
    wave.open(path);
    loop.exec();
    CHECK(seen == 1);
    CHECK_FALSE(wave.isReady());
    CHECK(wave.doneMs() == 0);
    QObject::disconnect(stopper);
    // Nothing of the cancelled job arrives later, and it left no cache file.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    CHECK(seen == 1);
    CHECK(wave.doneMs() == 0);
    CHECK_FALSE(QFileInfo::exists(wave.cacheFileFor(path)));

    // Destroyed while it works.
    {
        auto doomed = std::make_unique<Waveform>();
        doomed->setCacheFolder(cache.path());
        doomed->open(path);
    }
    CHECK_FALSE(QFileInfo::exists(wave.cacheFileFor(path)));
    // And it still works afterwards.
    wave.open(media().video);
    CHECK(wave.waitUntilDone(120000));
}
