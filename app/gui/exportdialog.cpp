// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "formats/countwords.h"
#include "formats/exportselection.h"
#include "formats/registry.h"
#include "sectionlabel.h"
#include "store/store.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>
#include <memory>

namespace annostraat {

namespace {

/// A task name as a file name: characters that no file system takes become '_'.
QString fileNameFor(const QString &taskName, const QString &extension)
{
    QString name = taskName.trimmed();
    for (QChar &c : name)
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    if (name.isEmpty())
        name = QStringLiteral("export");
    return name + QLatin1Char('.') + extension;
}

/// Takes every byte and keeps none: the preview runs an export into it for its counts.
class DiscardDevice : public QIODevice
{
public:
    DiscardDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override { return size; }
};

} // namespace

ExportDialog::ExportDialog(Store &store, const FormatRegistry &registry, const QString &taskId,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    m_taskLabel = new QLabel(this);
    m_taskBox = new QComboBox(this);
    m_taskBox->setObjectName(QStringLiteral("exportTask"));
    m_taskLabel->setBuddy(m_taskBox);
    grid->addWidget(m_taskLabel, 0, 0);
    grid->addWidget(m_taskBox, 0, 1, 1, 2);

    m_formatLabel = new QLabel(this);
    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(QStringLiteral("exportFormat"));
    narrowCombo(m_formatBox);
    m_formatLabel->setBuddy(m_formatBox);
    grid->addWidget(m_formatLabel, 1, 0);
    grid->addWidget(m_formatBox, 1, 1, 1, 2);
    m_formatSummary = new QLabel(this);
    m_formatSummary->setWordWrap(true);
    // Room for four lines of summary and the label's margins: a word-wrapped label in a
    // grid is otherwise given the height of a guessed width, and a long summary is cut off.
    m_formatSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_formatSummary->setMinimumHeight(5 * m_formatSummary->fontMetrics().lineSpacing());
    m_formatSummary->setProperty("role", QStringLiteral("muted"));
    grid->addWidget(m_formatSummary, 2, 1, 1, 2);

    m_whoseLabel = new QLabel(this);
    m_whoseBox = new QComboBox(this);
    m_whoseBox->setObjectName(QStringLiteral("exportWhose"));
    narrowCombo(m_whoseBox);
    m_whoseLabel->setBuddy(m_whoseBox);
    grid->addWidget(m_whoseLabel, 3, 0);
    grid->addWidget(m_whoseBox, 3, 1, 1, 2);

    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    grid->addWidget(m_pathLabel, 4, 0);
    grid->addWidget(m_path, 4, 1);
    grid->addWidget(m_browse, 4, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_preview = messageLabel(this, "exportPreview");
    layout->addWidget(m_preview);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250); // a choice made with the arrow keys runs once
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_result = messageLabel(this, "exportResult");
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_export->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("exportClose"));
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_taskBox, &QComboBox::currentIndexChanged, this, [this] { fillFormats(); });
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_whoseBox, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);

    retranslate();
    fillTasks(taskId);
    // Never smaller than what the rows need: a squeezed row clips its text (an underscore
    // in a file name first).
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(680, 460);
}

ExportDialog::~ExportDialog()
{
    // The export writes m_outcome and posts progress to this object: let it end first. A
    // preview needs no waiting for (startPreview()).
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export a task"));
    m_intro->setText(tr("Write a task's items and everyone's work to a file in a format a client "
                        "can read. Nothing in the store changes."));
    m_taskLabel->setText(tr("&Task:"));
    m_formatLabel->setText(tr("&Format:"));
    m_whoseLabel->setText(tr("&Whose work:"));
    m_pathLabel->setText(tr("F&ile:"));
    m_browse->setText(tr("&Choose…"));
    m_export->setText(tr("&Export"));
    m_close->setText(tr("Close"));
    for (int i = 0; i < m_formatBox->count(); ++i)
        if (const Format *f = m_registry.find(m_formatBox->itemData(i).toString()))
            m_formatBox->setItemText(
                    i,
                    tr("%1 (.%2, version %3)").arg(f->displayName(), f->extension).arg(f->version));
    for (int i = 0; i < m_whoseBox->count(); ++i) {
        const QString data = m_whoseBox->itemData(i).toString();
        if (data == QLatin1String("all"))
            m_whoseBox->setItemText(i, tr("Everyone's work, each person's layer"));
        else if (data == QLatin1String("reviewed"))
            m_whoseBox->setItemText(i, tr("Only work a reviewer accepted"));
        else if (data == QLatin1String("consensus"))
            m_whoseBox->setItemText(i, tr("The consensus: what most people agree on, per item"));
        else if (const auto p = m_store.findProfile(data.mid(6)))
            m_whoseBox->setItemText(i, tr("Only %1's work").arg(p->name));
    }
    m_whoseBox->setToolTip(tr("Formats that keep the whole task (JSON Lines, the answers table) "
                              "always write everyone's work"));
    formatChosen();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        m_result->setText(tr("The export is still running; it cannot be stopped halfway. Close "
                             "this window when it is done."));
        return;
    }
    QDialog::reject();
}

void ExportDialog::fillTasks(const QString &taskId)
{
    const QSignalBlocker block(m_taskBox);
    m_taskBox->clear();
    for (const Task &task : m_store.tasks()) {
        m_taskBox->addItem(task.name, task.id);
        if (task.id == taskId)
            m_taskBox->setCurrentIndex(m_taskBox->count() - 1);
    }
    fillFormats();
}

void ExportDialog::fillFormats()
{
    const QString previous = m_formatBox->currentData().toString();
    const auto task = m_store.task(chosenTaskId());
    {
        const QSignalBlocker block(m_formatBox);
        m_formatBox->clear();
        for (const Format &f : m_registry.formats()) {
            if (!f.canExport() || (task && !f.carries(task->mediaKind)))
                continue;
            m_formatBox->addItem(QString(), f.id);
            m_formatBox->setItemData(m_formatBox->count() - 1, f.displaySummary(), Qt::ToolTipRole);
            if (f.id == previous)
                m_formatBox->setCurrentIndex(m_formatBox->count() - 1);
        }
    }
    fillWhose();
    retranslate(); // the items' texts, and formatChosen()
    // A new task: its own file name, in the folder chosen so far.
    if (task) {
        const QString folder =
                m_path->text().isEmpty()
                        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                        : QFileInfo(m_path->text()).absolutePath();
        const Format *f = chosenFormat();
        m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(
                fileNameFor(task->name, f ? f->extension : QStringLiteral("txt")))));
    }
    updateButtons();
}

void ExportDialog::formatChosen()
{
    const Format *f = chosenFormat();
    m_formatSummary->setText(f ? f->displaySummary() : tr("No format can export this task."));
    // Keep the file's name, with the format's extension.
    if (f && !m_path->text().isEmpty()) {
        const QFileInfo info(m_path->text());
        const QString wanted = info.completeBaseName() + QLatin1Char('.') + f->extension;
        if (info.fileName() != wanted)
            m_path->setText(QDir::toNativeSeparators(info.dir().filePath(wanted)));
    }
    updateButtons();
    schedulePreview();
}

void ExportDialog::fillWhose()
{
    const QString previous = m_whoseBox->currentData().toString();
    const QSignalBlocker block(m_whoseBox);
    m_whoseBox->clear();
    for (const char *id : {"all", "reviewed", "consensus"})
        m_whoseBox->addItem(QString(), QString::fromLatin1(id));
    // One person's work: everyone with a layer in the task, by name.
    QSet<QString> authors;
    for (const Annotation &a : m_store.taskAnnotations(chosenTaskId()))
        authors.insert(a.author);
    QList<Profile> people = m_store.profiles();
    people.removeIf([&](const Profile &p) { return !authors.contains(p.id); });
    std::sort(people.begin(), people.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Profile &p : people)
        m_whoseBox->addItem(p.name, QStringLiteral("layer:") + p.id);
    const int again = m_whoseBox->findData(previous);
    m_whoseBox->setCurrentIndex(again >= 0 ? again : 0);
}

ExportOptions ExportDialog::chosenOptions() const
{
    ExportOptions options;
    const QString data = m_whoseBox->currentData().toString();
    if (data.startsWith(QLatin1String("layer:")))
        options.layer = data.mid(6);
    else if (const auto selection = exportSelectionFromId(data))
        options.selection = *selection;
    return options;
}

void ExportDialog::schedulePreview()
{
    m_preview->setText(chosenFormat() ? tr("Counting what the export will hold…") : QString());
    if (m_previewThread)
        m_previewStale = true; // the running one counts a choice no longer on screen
    if (chosenFormat() && !isRunning())
        m_previewTimer->start();
}

void ExportDialog::startPreview()
{
    const Format *format = chosenFormat();
    const QString taskId = chosenTaskId();
    if (!format || taskId.isEmpty() || isRunning())
        return;
    if (m_previewThread) {
        m_previewStale = true; // once this one ends, count again
        return;
    }
    m_previewStale = false;
    // The worker writes its outcome into state it shares, not into the dialog: a dialog
    // closed while it counts is gone at once, and the thread ends on its own and is deleted.
    auto outcome = std::make_shared<std::optional<Result<ExportSummary>>>();
    const QString storePath = m_store.path();
    const Format chosen = *format;
    const ExportOptions options = chosenOptions();
    m_previewThread = QThread::create([outcome, storePath, chosen, taskId, options] {
        auto store = Store::open(storePath);
        if (!store) {
            *outcome = Result<ExportSummary>(store.error());
            return;
        }
        DiscardDevice nowhere;
        *outcome = chosen.exporter(**store, taskId, nowhere, options, {});
    });
    QThread *thread = m_previewThread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, outcome] { previewDone(*outcome); });
    thread->start();
}

void ExportDialog::previewDone(const std::optional<Result<ExportSummary>> &outcome)
{
    m_previewThread = nullptr;
    if (m_previewStale || m_previewTimer->isActive()) {
        // Counted for an earlier choice: count the one on screen.
        if (!m_previewTimer->isActive())
            startPreview();
        return;
    }
    if (outcome && outcome->ok()) {
        QStringList parts;
        for (const Message &m : countMessages(outcome->value().counts))
            parts << m.text();
        m_preview->setText(
                parts.isEmpty()
                        ? tr("The export will hold nothing: this choice has no work.")
                        : tr("The export will hold: %1.").arg(parts.join(QStringLiteral("; "))));
    } else {
        m_preview->setText(tr("This export cannot be made: %1")
                                   .arg(outcome ? outcome->error().message() : QString()));
    }
    Q_EMIT previewReady();
}

void ExportDialog::browse()
{
    const Format *f = chosenFormat();
    const QString filter = f ? tr("%1 (*.%2)").arg(f->displayName(), f->extension) : QString();
    // The file dialog asks before it replaces a file; startExport() knows it was asked.
    const QString path =
            QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::updateButtons()
{
    const bool idle = !isRunning();
    m_export->setEnabled(idle && chosenFormat() && !chosenTaskId().isEmpty() &&
                         !m_path->text().trimmed().isEmpty());
    m_taskBox->setEnabled(idle);
    m_formatBox->setEnabled(idle);
    const Format *format = chosenFormat();
    m_whoseBox->setEnabled(idle && format && format->exportsSelection);
    m_path->setEnabled(idle);
    m_browse->setEnabled(idle);
    m_close->setEnabled(idle);
}

QString ExportDialog::chosenTaskId() const
{
    return m_taskBox->currentData().toString();
}

const Format *ExportDialog::chosenFormat() const
{
    return m_registry.find(m_formatBox->currentData().toString());
}

void ExportDialog::startExport()
{
    const Format *format = chosenFormat();
    const QString taskId = chosenTaskId();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!format || taskId.isEmpty() || path.isEmpty() || isRunning())
        return;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        m_result->setText(tr("The folder %1 does not exist. Choose another file.")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    ExistingFile existing = ExistingFile::Refuse;
    if (info.exists()) {
        const auto answer = QMessageBox::question(
                this, tr("Replace the file?"),
                tr("%1 already exists. Replace it with this export?")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        if (answer != QMessageBox::Yes)
            return;
        existing = ExistingFile::Replace;
    }

    m_previewTimer->stop(); // one export at a time: the preview waits for this one
    m_outcome.reset();
    m_runningPath = info.absoluteFilePath();
    m_progress->setRange(0, 0); // busy until the first report
    m_result->setText(tr("Exporting…"));
    const QString storePath = m_store.path();
    const Format chosen = *format;
    const ExportOptions options = chosenOptions();
    m_thread = QThread::create([this, storePath, chosen, taskId, existing, options] {
        // Its own connection: a Store belongs to one thread.
        auto store = Store::open(storePath);
        if (!store) {
            m_outcome = Result<ExportSummary>(store.error());
            return;
        }
        m_outcome = exportToFile(
                chosen, **store, taskId, m_runningPath, existing,
                [this](FormatStage, qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(
                            this,
                            [this, done, total] {
                                m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                                m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
                            },
                            Qt::QueuedConnection);
                },
                options);
    });
    connect(m_thread, &QThread::finished, this, &ExportDialog::exportDone);
    updateButtons();
    m_thread->start();
}

void ExportDialog::exportDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool ok = m_outcome && m_outcome->ok();
    if (ok) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_result->setText(tr("Done: the task is in %1.")
                                  .arg(QDir::toNativeSeparators(m_outcome->value().path)));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_result->setText(tr("The export did not succeed, and no file was written: %1")
                                  .arg(m_outcome ? m_outcome->error().message() : QString()));
    }
    updateButtons();
    Q_EMIT exportFinished(ok, ok ? m_outcome->value().path : QString());
}

} // namespace annostraat
