// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "formats/countwords.h"
#include "formats/formatguess.h"
#include "formats/registry.h"
#include "sectionlabel.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <climits>

namespace annostraat {

ImportDialog::ImportDialog(Store &store, const FormatRegistry &registry, const QString &author,
                           const QString &taskId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_registry(registry)
    , m_author(author)
    , m_preferredTask(taskId)
{
    setObjectName(QStringLiteral("importDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(10);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    int row = 0;
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    grid->addWidget(m_pathLabel, row, 0);
    grid->addWidget(m_path, row, 1);
    grid->addWidget(m_browse, row++, 2);

    m_formatLabel = new QLabel(this);
    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(QStringLiteral("importFormat"));
    narrowCombo(m_formatBox);
    m_formatLabel->setBuddy(m_formatBox);
    grid->addWidget(m_formatLabel, row, 0);
    grid->addWidget(m_formatBox, row++, 1, 1, 2);
    m_formatSummary = new QLabel(this);
    m_formatSummary->setWordWrap(true);
    // Room for four lines of summary and the label's margins: a word-wrapped label in a
    // grid is otherwise given the height of a guessed width, and a long summary is cut off.
    m_formatSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_formatSummary->setMinimumHeight(5 * m_formatSummary->fontMetrics().lineSpacing());
    m_formatSummary->setProperty("role", QStringLiteral("muted"));
    grid->addWidget(m_formatSummary, row++, 1, 1, 2);

    m_targetLabel = new QLabel(this);
    m_targetBox = new QComboBox(this);
    m_targetBox->setObjectName(QStringLiteral("importTarget"));
    narrowCombo(m_targetBox);
    m_targetLabel->setBuddy(m_targetBox);
    grid->addWidget(m_targetLabel, row, 0);
    grid->addWidget(m_targetBox, row++, 1, 1, 2);

    m_layerLabel = new QLabel(this);
    m_layerBox = new QComboBox(this);
    m_layerBox->setObjectName(QStringLiteral("importLayer"));
    m_layerLabel->setBuddy(m_layerBox);
    grid->addWidget(m_layerLabel, row, 0);
    grid->addWidget(m_layerBox, row++, 1, 1, 2);

    m_suggestions = new QCheckBox(this);
    m_suggestions->setObjectName(QStringLiteral("importSuggestions"));
    grid->addWidget(m_suggestions, row++, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_preview = messageLabel(this, "importPreview");
    layout->addWidget(m_preview);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_result = messageLabel(this, "importResult");
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importStart"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("importClose"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::pathChanged);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this] {
        fillTargets();
        choiceChanged();
    });
    connect(m_targetBox, &QComboBox::currentIndexChanged, this, [this] {
        m_preferredTask = m_targetBox->currentData().toString(); // the person's choice
        choiceChanged();
    });
    connect(m_layerBox, &QComboBox::currentIndexChanged, this, &ImportDialog::choiceChanged);
    connect(m_suggestions, &QCheckBox::toggled, this, &ImportDialog::choiceChanged);
    connect(m_check, &QPushButton::clicked, this, [this] { start(Run::Check); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(Run::Import); });
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    fillFormats();
    fillLayers();
    fillTargets();
    retranslate();
    updateButtons();
    // Never smaller than what the rows need: a squeezed row clips its text.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(720, 540);
}

ImportDialog::~ImportDialog()
{
    // The worker writes m_outcome and posts progress to this object: let it end first.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import a dataset"));
    m_intro->setText(tr("Bring in a dataset or another tool's work: as a new task, or onto the "
                        "items of a task you have. Check first: you see what will happen before "
                        "anything is written, and a file with a problem changes nothing."));
    m_pathLabel->setText(tr("Fi&le:"));
    m_browse->setText(tr("&Choose…"));
    m_formatLabel->setText(tr("&Format:"));
    m_targetLabel->setText(tr("I&nto:"));
    m_layerLabel->setText(tr("&Whose layer:"));
    m_layerBox->setToolTip(tr("The annotations become this person's work, as if they drew them"));
    m_suggestions->setText(
            tr("Load as &suggestions to accept or reject"));
    m_suggestions->setToolTip(tr("For pre-annotations from a model: each shows dashed until the "
                                 "person accepts it (Enter) or rejects it (Delete)"));
    m_check->setText(tr("C&heck"));
    m_import->setText(tr("&Import"));
    m_close->setText(tr("Close"));
    for (int i = 0; i < m_formatBox->count(); ++i)
        if (const Format *f = m_registry.find(m_formatBox->itemData(i).toString()))
            m_formatBox->setItemText(i, tr("%1 (.%2)").arg(f->displayName(), f->extension));
    for (int i = 0; i < m_targetBox->count(); ++i)
        if (m_targetBox->itemData(i).toString().isEmpty())
            m_targetBox->setItemText(i, tr("A new task made from the file"));
    const Format *f = chosenFormat();
    m_formatSummary->setText(f ? f->displaySummary() : QString());
    if (m_checkedKey.isEmpty() && !isRunning())
        m_preview->setText(tr("Choose a file, then press Check to see what the import will do."));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_result->setText(m_running == Run::Check
                                  ? tr("The file is still being checked. Close this window when "
                                       "the check is done.")
                                  : tr("The import is still running; it cannot be stopped "
                                       "halfway. Close this window when it is done."));
        return;
    }
    QDialog::reject();
}

void ImportDialog::fillFormats()
{
    const QSignalBlocker block(m_formatBox);
    m_formatBox->clear();
    for (const Format &f : m_registry.formats()) {
        if (!f.canImport())
            continue;
        m_formatBox->addItem(QString(), f.id);
        m_formatBox->setItemData(m_formatBox->count() - 1, f.displaySummary(), Qt::ToolTipRole);
    }
}

void ImportDialog::fillTargets()
{
    const Format *f = chosenFormat();
    // The task chosen last (or offered first) stays chosen while the format allows it.
    const QString previous = m_preferredTask;
    const QSignalBlocker block(m_targetBox);
    m_targetBox->clear();
    if (!f)
        return;
    if (f->importTarget != ImportTarget::ExistingTask)
        m_targetBox->addItem(QString(), QString());
    // A dump brings its own task; datasets load onto a task of a kind they carry.
    if (f->importTarget != ImportTarget::NewTask)
        for (const Task &task : m_store.tasks())
            if (f->carries(task.mediaKind))
                m_targetBox->addItem(tr("The task \"%1\"").arg(task.name), task.id);
    const int again = m_targetBox->findData(previous);
    m_targetBox->setCurrentIndex(again >= 0 ? again : 0);
    m_targetBox->setEnabled(m_targetBox->count() > 1);
    retranslate();
}

void ImportDialog::fillLayers()
{
    const QSignalBlocker block(m_layerBox);
    m_layerBox->clear();
    QList<Profile> people = m_store.profiles();
    std::sort(people.begin(), people.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Profile &p : people)
        m_layerBox->addItem(p.name, p.id);
    const int me = m_layerBox->findData(m_author);
    m_layerBox->setCurrentIndex(me >= 0 ? me : 0);
}

void ImportDialog::pathChanged()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (QFileInfo(path).isFile())
        if (const Format *guess = guessImportFormat(m_registry, path)) {
            const int index = m_formatBox->findData(guess->id);
            if (index >= 0 && index != m_formatBox->currentIndex())
                m_formatBox->setCurrentIndex(index); // fills the targets, and choiceChanged()
        }
    choiceChanged();
}

void ImportDialog::choiceChanged()
{
    // A check holds for the choice it was made for, and no other.
    if (!isRunning() && !m_checkedKey.isEmpty() && m_checkedKey != choiceKey()) {
        m_checkedKey.clear();
        m_preview->setText(tr("The choice changed: press Check again."));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
    updateButtons();
}

void ImportDialog::browse()
{
    QStringList filters;
    for (const Format &f : m_registry.formats())
        if (f.canImport())
            filters << tr("%1 (*.%2)").arg(f.displayName(), f.extension);
    filters << tr("Every file (*)");
    const QString start =
            m_path->text().isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                    : m_path->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from"), start,
                                                      filters.join(QStringLiteral(";;")));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::updateButtons()
{
    const bool idle = !isRunning();
    const Format *f = chosenFormat();
    const bool ready = idle && f && !m_path->text().trimmed().isEmpty() &&
                       (f->importTarget != ImportTarget::ExistingTask || m_targetBox->count() > 0);
    m_check->setEnabled(ready);
    m_import->setEnabled(ready && !m_checkedKey.isEmpty() && m_checkedKey == choiceKey());
    // The button to press next is the default one: Enter checks, then imports.
    m_check->setDefault(!m_import->isEnabled());
    m_import->setDefault(m_import->isEnabled());
    m_path->setEnabled(idle);
    m_browse->setEnabled(idle);
    m_formatBox->setEnabled(idle);
    m_targetBox->setEnabled(idle && m_targetBox->count() > 1);
    const bool dataset = f && f->importTarget == ImportTarget::NewOrExistingTask;
    m_layerBox->setEnabled(idle && dataset && m_layerBox->count() > 0);
    m_suggestions->setEnabled(idle && f && f->importsSuggestions);
    m_close->setEnabled(idle);
}

const Format *ImportDialog::chosenFormat() const
{
    return m_registry.find(m_formatBox->currentData().toString());
}

ImportOptions ImportDialog::chosenOptions() const
{
    ImportOptions options;
    options.author = m_author;
    options.taskId = m_targetBox->currentData().toString();
    const Format *f = chosenFormat();
    if (f && f->importTarget == ImportTarget::NewOrExistingTask)
        options.layer = m_layerBox->currentData().toString();
    options.suggestions = f && f->importsSuggestions && m_suggestions->isChecked();
    return options;
}

QString ImportDialog::choiceKey() const
{
    const ImportOptions o = chosenOptions();
    // The file's size and time too: a file replaced after its check is checked again.
    const QFileInfo file(QDir::fromNativeSeparators(m_path->text().trimmed()));
    return QStringList{file.absoluteFilePath(),
                       QString::number(file.size()),
                       QString::number(file.lastModified().toMSecsSinceEpoch()),
                       m_formatBox->currentData().toString(),
                       o.taskId,
                       o.layer,
                       o.suggestions ? QStringLiteral("s") : QString()}
            .join(QChar(0x1f));
}

void ImportDialog::start(Run run)
{
    const Format *format = chosenFormat();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!format || path.isEmpty() || isRunning())
        return;
    if (!QFileInfo(path).isFile()) {
        m_checkedKey.clear();
        m_preview->setText(tr("%1: there is no such file.").arg(QDir::toNativeSeparators(path)));
        updateButtons();
        return;
    }
    if (run == Run::Import && m_checkedKey != choiceKey())
        return; // only what was checked
    ImportOptions options = chosenOptions();
    options.dryRun = run == Run::Check;
    m_running = run;
    m_runningKey = choiceKey(); // what a successful check holds for
    m_outcome.reset();
    m_progress->setRange(0, 0); // busy until the first report
    (run == Run::Check ? m_preview : m_result)
            ->setText(run == Run::Check ? tr("Checking the file…") : tr("Importing…"));
    if (run == Run::Check)
        m_result->clear();
    const QString storePath = m_store.path();
    const Format chosen = *format;
    m_thread = QThread::create([this, storePath, chosen, path, options] {
        // Its own connection: a Store belongs to one thread.
        auto store = Store::open(storePath);
        if (!store) {
            m_outcome = Result<ImportSummary>(store.error());
            return;
        }
        m_outcome = importFromFile(chosen, **store, path, options,
                                   [this](FormatStage, qint64 done, qint64 total) {
                                       QMetaObject::invokeMethod(
                                               this,
                                               [this, done, total] {
                                                   // Reading reports bytes; scale both to fit an
                                                   // int.
                                                   const int shift = total > INT_MAX ? 10 : 0;
                                                   m_progress->setRange(0, int(total >> shift));
                                                   m_progress->setValue(int(done >> shift));
                                               },
                                               Qt::QueuedConnection);
                                   });
    });
    connect(m_thread, &QThread::finished, this, &ImportDialog::runDone);
    updateButtons();
    m_thread->start();
}

QString ImportDialog::describe(const ImportSummary &summary, bool dryRun) const
{
    QStringList parts;
    for (const Message &m : countMessages(summary.counts))
        parts << m.text();
    const QString what = parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral("; "));
    const bool newTask = chosenOptions().taskId.isEmpty();
    if (dryRun)
        return newTask ? tr("The import will make the new task \"%1\" with: %2.")
                                 .arg(summary.taskName, what)
                       : tr("The import will load onto the task \"%1\": %2.")
                                 .arg(summary.taskName, what);
    return newTask ? tr("Done: the new task \"%1\" holds %2.").arg(summary.taskName, what)
                   : tr("Done: the task \"%1\" received %2.").arg(summary.taskName, what);
}

void ImportDialog::runDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool ok = m_outcome && m_outcome->ok();
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    const QString problem =
            m_outcome && !m_outcome->ok() ? m_outcome->error().message() : QString();
    if (m_running == Run::Check) {
        m_checkedKey = ok ? m_runningKey : QString();
        m_preview->setText(ok ? describe(m_outcome->value(), true)
                              : tr("This file cannot be imported as chosen, and nothing was "
                                   "changed: %1")
                                           .arg(problem));
        updateButtons();
        if (ok)
            m_import->setFocus();
        Q_EMIT checked(ok);
        return;
    }
    m_checkedKey.clear(); // importing the same file twice is a choice to check again
    m_result->setText(
            ok ? describe(m_outcome->value(), false)
               : tr("The import did not succeed, and nothing was changed: %1").arg(problem));
    if (ok) {
        m_preview->clear();
        fillTargets(); // a new task can now be loaded onto
        fillLayers();  // and a new person chosen
    }
    updateButtons();
    Q_EMIT imported(ok, ok ? m_outcome->value().taskId : QString());
}

} // namespace annostraat
