// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "formats/registry.h"
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
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <climits>

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
    m_formatLabel->setBuddy(m_formatBox);
    grid->addWidget(m_formatLabel, 1, 0);
    grid->addWidget(m_formatBox, 1, 1, 1, 2);
    m_formatSummary = new QLabel(this);
    m_formatSummary->setWordWrap(true);
    m_formatSummary->setProperty("role", QStringLiteral("muted"));
    grid->addWidget(m_formatSummary, 2, 1, 1, 2);

    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    grid->addWidget(m_pathLabel, 3, 0);
    grid->addWidget(m_path, 3, 1);
    grid->addWidget(m_browse, 3, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);

    retranslate();
    fillTasks(taskId);
    resize(640, 360);
}

ExportDialog::~ExportDialog()
{
    // The worker writes m_outcome and posts progress to this object: let it end first.
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
    m_pathLabel->setText(tr("F&ile:"));
    m_browse->setText(tr("&Choose…"));
    m_export->setText(tr("&Export"));
    m_close->setText(tr("Close"));
    for (int i = 0; i < m_formatBox->count(); ++i)
        if (const Format *f = m_registry.find(m_formatBox->itemData(i).toString()))
            m_formatBox->setItemText(
                    i,
                    tr("%1 (.%2, version %3)").arg(f->displayName(), f->extension).arg(f->version));
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

    m_outcome.reset();
    m_runningPath = info.absoluteFilePath();
    m_progress->setRange(0, 0); // busy until the first report
    m_result->setText(tr("Exporting…"));
    const QString storePath = m_store.path();
    const Format chosen = *format;
    m_thread = QThread::create([this, storePath, chosen, taskId, existing] {
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
                });
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
