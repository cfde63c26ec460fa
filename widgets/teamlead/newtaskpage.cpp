// SPDX-License-Identifier: GPL-3.0-or-later
#include "newtaskpage.h"

#include "store/assignmentplan.h"
#include "store/instructionpictures.h"
#include "store/store.h"

#include "instructionsview.h"
#include "sectionlabel.h"
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace annostraat {

namespace {

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

NewTaskPage::NewTaskPage(Store &store, const Profile &lead, const QList<SchemaStart> &templates,
                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_lead(lead)
{
    setObjectName(QStringLiteral("newTaskPage"));
    auto *layout = new QVBoxLayout(this);
    m_intro = wrapped(this);
    layout->addWidget(m_intro);
    auto *middle = new QHBoxLayout;
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("newTaskSteps"));
    for (int i = 0; i < StepCount; ++i)
        new QListWidgetItem(m_steps);
    m_steps->setMaximumWidth(m_steps->fontMetrics().averageCharWidth() * 28);
    middle->addWidget(m_steps);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildMediaStep());
    m_stack->addWidget(buildTaskStep());
    m_schemaEditor = new SchemaEditor(m_stack);
    m_stack->addWidget(m_schemaEditor);
    m_stack->addWidget(buildPeopleStep());
    m_stack->addWidget(buildReviewStep());
    middle->addWidget(m_stack, 1);
    layout->addLayout(middle, 1);

    m_status = wrapped(this);
    m_status->setObjectName(QStringLiteral("newTaskStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_back = formButton(this, "newTaskBack");
    m_next = formButton(this, "newTaskNext");
    m_create = formButton(this, "newTaskCreate");
    m_close = formButton(this, "newTaskClose");
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    // The templates first, then every task in the store ("copy from an existing task").
    m_starts = templates;
    for (const Task &task : store.tasks())
        m_starts << SchemaStart{tr("Task \u201c%1\u201d").arg(task.name), task.schema,
                                task.instructions, task.mediaKind == MediaKind::ImagePair};
    m_schemaEditor->setStartingPoints(m_starts);

    for (const Profile &profile : store.profiles()) {
        if (profile.role != Role::Annotator)
            continue;
        auto *item = new QListWidgetItem(profile.name, m_people);
        item->setData(Qt::UserRole, profile.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
        m_back->setEnabled(row > 0);
        m_next->setEnabled(row + 1 < StepCount);
    });
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setStep(step() + 1); });
    connect(m_create, &QPushButton::clicked, this, [this] { (void)create(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    // Create from anywhere on the page; Return alone stays the fields' own.
    auto *createKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(createKey, &QShortcut::activated, m_create, &QPushButton::click);
    auto *createKeyPad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(createKeyPad, &QShortcut::activated, m_create, &QPushButton::click);
    connect(m_schemaEditor, &SchemaEditor::startedFrom, this, &NewTaskPage::startedFrom);
    connect(m_schemaEditor, &SchemaEditor::schemaChanged, this, [this] {
        m_schemaTouched = true; // from here on the editor's own words say what is missing
        schemaChanged();
    });

    retranslate();
    schemaChanged();
    setStep(MediaStep);
}

NewTaskPage::~NewTaskPage()
{
    // The fields go after this page's members: what they send as they close must not reach it.
    const auto objects = findChildren<QObject *>();
    for (QObject *object : objects)
        disconnect(object, nullptr, this, nullptr);
}

QWidget *NewTaskPage::buildMediaStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_mediaIntro = wrapped(page);
    layout->addWidget(m_mediaIntro);
    auto *row = new QHBoxLayout;
    m_folderLabel = new QLabel(page);
    m_folder = new QLineEdit(page);
    m_folder->setObjectName(QStringLiteral("newTaskFolder"));
    m_folderLabel->setBuddy(m_folder);
    m_chooseFolder = formButton(page, "newTaskChooseFolder");
    m_scanButton = formButton(page, "newTaskScan");
    row->addWidget(m_folderLabel);
    row->addWidget(m_folder, 1);
    row->addWidget(m_chooseFolder);
    row->addWidget(m_scanButton);
    layout->addLayout(row);
    m_pairs = new QCheckBox(page);
    m_pairs->setObjectName(QStringLiteral("newTaskPairs"));
    layout->addWidget(m_pairs);
    m_scanStatus = wrapped(page);
    m_scanStatus->setObjectName(QStringLiteral("newTaskScanStatus"));
    m_scanStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_scanStatus);
    m_scanView = new QTreeWidget(page);
    m_scanView->setObjectName(QStringLiteral("newTaskScanView"));
    m_scanView->setHeaderHidden(true);
    m_scanView->setRootIsDecorated(true);
    layout->addWidget(m_scanView, 1);

    connect(m_chooseFolder, &QPushButton::clicked, this, &NewTaskPage::chooseFolder);
    connect(m_scanButton, &QPushButton::clicked, this, &NewTaskPage::scan);
    connect(m_folder, &QLineEdit::returnPressed, this, &NewTaskPage::scan);
    // Another folder typed: what was read is not what Create would use any more.
    connect(m_folder, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QDir::fromNativeSeparators(text.trimmed()) == m_scannedFolder)
            return;
        ++m_scanGeneration; // a read still running is of the folder before
        m_scanning = false;
        m_scan.reset();
        m_scanProblem.clear();
        m_scannedFolder.clear();
        showScan();
        updateStatus();
    });
    connect(m_pairs, &QCheckBox::toggled, this, [this] {
        if (!m_folder->text().trimmed().isEmpty())
            scan();
    });
    return page;
}

QWidget *NewTaskPage::buildTaskStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("newTaskName"));
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    m_clientLabel = new QLabel(page);
    m_client = new QLineEdit(page);
    m_client->setObjectName(QStringLiteral("newTaskClient"));
    m_clientLabel->setBuddy(m_client);
    form->addRow(m_clientLabel, m_client);
    layout->addLayout(form);
    auto *split = new QSplitter(Qt::Horizontal, page);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_instructionsLabel = wrapped(left);
    m_instructions = new QPlainTextEdit(left);
    m_instructions->setObjectName(QStringLiteral("newTaskInstructions"));
    m_instructions->setTabChangesFocus(true);
    m_instructionsLabel->setBuddy(m_instructions);
    leftLayout->addWidget(m_instructionsLabel);
    leftLayout->addWidget(m_instructions, 1);
    m_insertPicture = new QPushButton(left);
    m_insertPicture->setObjectName(QStringLiteral("newTaskInsertPicture"));
    m_insertPicture->setAutoDefault(false);
    auto *pictureRow = new QHBoxLayout;
    pictureRow->addWidget(m_insertPicture);
    pictureRow->addStretch(1);
    leftLayout->addLayout(pictureRow);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_previewLabel = wrapped(right);
    m_preview = new InstructionsView(right);
    m_preview->setObjectName(QStringLiteral("newTaskPreview"));
    m_preview->setOpenLinks(false);
    m_previewLabel->setBuddy(m_preview);
    rightLayout->addWidget(m_previewLabel);
    rightLayout->addWidget(m_preview, 1);
    layout->addWidget(split, 1);

    connect(m_name, &QLineEdit::textChanged, this, &NewTaskPage::updateStatus);
    connect(m_instructions, &QPlainTextEdit::textChanged, this, &NewTaskPage::updatePreview);
    connect(m_insertPicture, &QPushButton::clicked, this, &NewTaskPage::choosePicture);
    return page;
}

QWidget *NewTaskPage::buildPeopleStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_peopleLabel = wrapped(page);
    m_people = new QListWidget(page);
    m_people->setObjectName(QStringLiteral("newTaskPeople"));
    m_peopleLabel->setBuddy(m_people);
    layout->addWidget(m_peopleLabel);
    layout->addWidget(m_people, 1);
    auto *row = new QHBoxLayout;
    m_perItemLabel = new QLabel(page);
    m_perItem = new QSpinBox(page);
    m_perItem->setObjectName(QStringLiteral("newTaskPerItem"));
    m_perItem->setRange(1, 1);
    m_perItemLabel->setBuddy(m_perItem);
    row->addWidget(m_perItemLabel);
    row->addWidget(m_perItem);
    row->addStretch(1);
    layout->addLayout(row);
    m_peopleHint = wrapped(page);
    layout->addWidget(m_peopleHint);
    connect(m_people, &QListWidget::itemChanged, this, &NewTaskPage::updatePerItem);
    connect(m_perItem, &QSpinBox::valueChanged, this, &NewTaskPage::updateStatus);
    return page;
}

QWidget *NewTaskPage::buildReviewStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_reviewIntro = wrapped(page);
    layout->addWidget(m_reviewIntro);
    auto *form = new QFormLayout;
    m_sampleLabel = new QLabel(page);
    m_sample = new QSpinBox(page);
    m_sample->setObjectName(QStringLiteral("newTaskSample"));
    m_sample->setRange(0, 100);
    m_sample->setSuffix(QStringLiteral(" %"));
    m_sampleLabel->setBuddy(m_sample);
    form->addRow(m_sampleLabel, m_sample);
    m_firstItemsLabel = new QLabel(page);
    m_firstItems = new QSpinBox(page);
    m_firstItems->setObjectName(QStringLiteral("newTaskFirstItems"));
    m_firstItems->setRange(0, 100000);
    m_firstItemsLabel->setBuddy(m_firstItems);
    form->addRow(m_firstItemsLabel, m_firstItems);
    m_disagreement = new QCheckBox(page);
    m_disagreement->setObjectName(QStringLiteral("newTaskDisagreement"));
    form->addRow(QString(), m_disagreement);
    m_flagged = new QCheckBox(page);
    m_flagged->setObjectName(QStringLiteral("newTaskFlagged"));
    form->addRow(QString(), m_flagged);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

void NewTaskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewTaskPage::retranslate()
{
    setWindowTitle(tr("New task \u2013 Annostraat"));
    m_intro->setText(
            tr("Make a task in five steps, in any order. Nothing is saved until you choose "
               "Create (Ctrl+Enter)."));
    const QStringList steps{tr("1. Media"), tr("2. Name and instructions"),
                            tr("3. Labels and questions"), tr("4. People"), tr("5. Review")};
    for (int i = 0; i < StepCount; ++i)
        m_steps->item(i)->setText(steps.at(i));
    // The steps' names whole, whatever the language: on a page narrower than it asks for (a
    // small screen, large text) the step shown gives way, not this list.
    m_steps->setMinimumWidth(std::min(m_steps->sizeHintForColumn(0) + 2 * m_steps->frameWidth(),
                                      m_steps->maximumWidth()));
    m_mediaIntro->setText(
            tr("Choose the folder with the media. Every image, video and .txt text in it "
               "(and in its subfolders) becomes an item. Below you see what the task "
               "will hold before anything is saved."));
    m_folderLabel->setText(tr("&Media folder:"));
    m_chooseFolder->setText(tr("C&hoose\u2026"));
    m_chooseFolder->setToolTip(tr("Pick the media folder"));
    m_scanButton->setText(tr("&Read the folder"));
    m_scanButton->setToolTip(
            tr("See what the folder will give: items per kind, files left out and why"));
    m_pairs->setText(tr("&A/B pairs: an image NAME_A with its NAME_B is one item"));
    m_nameLabel->setText(tr("Na&me:"));
    m_clientLabel->setText(tr("&Client:"));
    m_client->setPlaceholderText(tr("Who the work is for (optional)"));
    m_client->setToolTip(tr("Shown in the task list; annotators do not need it"));
    m_insertPicture->setText(tr("Insert &picture\u2026"));
    m_insertPicture->setToolTip(
            tr("Put a picture from this PC in the instructions. On Create it is saved in the "
               "task, so annotators see it on their own PCs."));
    // Each column's title one short line, so the two are not read as one sentence; how to
    // write Markdown is in the empty field itself and in its tool tip.
    m_instructionsLabel->setText(tr("&Instructions for the annotators:"));
    const QString syntax = tr("Markdown: # heading, **bold**, - list. Insert picture puts a "
                              "picture in.");
    m_instructions->setPlaceholderText(syntax);
    m_instructions->setToolTip(syntax);
    m_previewLabel->setText(tr("How annotators see it:"));
    m_peopleLabel->setText(tr("&People who work on it (tick them). Nobody ticked: every annotator "
                              "can do every item."));
    m_perItemLabel->setText(tr("Annotators per &item:"));
    m_reviewIntro->setText(tr("Which work reviewers look at. Every rule adds work; nothing ticked: "
                              "nothing is reviewed unless someone asks."));
    m_sampleLabel->setText(tr("&Sample of the items:"));
    m_sample->setToolTip(tr("A share of the items, drawn the same on every PC"));
    m_firstItemsLabel->setText(tr("&First items of each person:"));
    m_firstItems->setToolTip(
            tr("Each person's first items, to see early whether the task is understood"));
    m_disagreement->setText(tr("Items where people &disagree"));
    m_flagged->setText(tr("Items someone f&lagged"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("The step before"));
    m_next->setText(tr("&Next"));
    m_next->setToolTip(tr("The next step"));
    m_create->setText(tr("Create"));
    m_create->setToolTip(
            tr("Save the task, its items and who works on it, all at once (Ctrl+Enter)"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this window; a task not created is not saved (Esc)"));
    updatePerItem();
    showScan();
    updateStatus();
}

int NewTaskPage::step() const
{
    return m_steps->currentRow();
}

void NewTaskPage::setStep(int step)
{
    if (step < 0 || step >= StepCount)
        return;
    m_steps->setCurrentRow(step);
}

void NewTaskPage::chooseFolder()
{
    const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Media folder"), m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

void NewTaskPage::choosePicture()
{
    const QString file = QFileDialog::getOpenFileName(
            this, tr("Insert a picture"), pictureFolder(),
            tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)"));
    if (!file.isEmpty())
        insertPicture(file);
}

void NewTaskPage::insertPicture(const QString &file)
{
    const QString path = QDir::fromNativeSeparators(QFileInfo(file).absoluteFilePath());
    // Markdown wants a path with spaces between < >.
    const QString target = path.contains(QLatin1Char(' ')) ? QLatin1Char('<') + path + QLatin1Char('>') : path;
    QString alt = QFileInfo(file).completeBaseName();
    alt.replace(QLatin1Char('['), QLatin1Char('(')).replace(QLatin1Char(']'), QLatin1Char(')'));
    m_instructions->insertPlainText(QStringLiteral("![%1](%2)").arg(alt, target));
    m_instructions->setFocus();
}

QString NewTaskPage::pictureFolder() const
{
    return m_scan ? m_scan->folder : QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void NewTaskPage::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    // A folder of NAME_A / NAME_B images is offered as pairs.
    if (looksLikePairFolder(folder) && !m_pairs->isChecked()) {
        const QSignalBlocker blocker(m_pairs);
        m_pairs->setChecked(true);
    }
    scan();
}

void NewTaskPage::scan()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const int generation = ++m_scanGeneration;
    m_scan.reset();
    m_scanProblem.clear();
    m_scannedFolder = folder;
    if (folder.isEmpty()) {
        m_scanning = false;
        showScan();
        updateStatus();
        Q_EMIT scanFinished();
        return;
    }
    m_scanning = true;
    showScan();
    updateStatus();
    const auto mode = m_pairs->isChecked() ? FolderScan::Mode::Pairs : FolderScan::Mode::Items;
    // In the background; only the newest request's answer counts (scanDone()).
    scanMediaFolderInBackground(this, folder, mode, [this, generation](const Result<FolderScan> &result) {
        scanDone(generation, result);
    });
}

void NewTaskPage::scanDone(int generation, const Result<FolderScan> &result)
{
    if (generation != m_scanGeneration)
        return; // an older request: a newer one is on its way
    m_scanning = false;
    if (result)
        m_scan = *result;
    else
        m_scanProblem = result.error().message();
    if (m_scan && (m_scan->mode == FolderScan::Mode::Pairs) != m_pairs->isChecked())
        m_scan.reset();
    showScan();
    updatePreview();
    updateStatus();
    Q_EMIT scanFinished();
}

void NewTaskPage::showScan()
{
    m_scanView->clear();
    if (m_scanning) {
        m_scanStatus->setText(tr("Reading the folder\u2026"));
        return;
    }
    if (!m_scanProblem.isEmpty()) {
        m_scanStatus->setText(tr("This folder cannot become a task: %1").arg(m_scanProblem));
        return;
    }
    if (!m_scan) {
        m_scanStatus->setText(tr("No folder read yet."));
        return;
    }
    const FolderScan &scan = *m_scan;
    m_scanStatus->setText(tr("The task will have %n item(s).", nullptr, scan.itemCount()));
    auto add = [](QTreeWidgetItem *parent, const QString &text) {
        auto *item = new QTreeWidgetItem(parent, {text});
        return item;
    };
    auto top = [this](const QString &text) { return new QTreeWidgetItem(m_scanView, {text}); };
    const QDir root(scan.folder);
    if (const auto images = scan.items(MediaKind::Image); !images.isEmpty())
        top(tr("Images: %n", nullptr, int(images.size())));
    if (const auto pairs = scan.items(MediaKind::ImagePair); !pairs.isEmpty()) {
        auto *node = top(tr("A/B pairs: %n", nullptr, int(pairs.size())));
        for (const Item *pair : pairs) {
            const ItemMedium *b = pair->medium(QStringLiteral("B"));
            add(node, tr("%1 with %2")
                              .arg(root.relativeFilePath(pair->mediaPath),
                                   b ? root.relativeFilePath(b->mediaPath) : QString()));
        }
    }
    if (const auto videos = scan.items(MediaKind::Video); !videos.isEmpty()) {
        auto *node = top(tr("Videos: %n", nullptr, int(videos.size())));
        for (const Item *video : videos) {
            const QString name = root.relativeFilePath(video->mediaPath);
            add(node,
                FolderScan::hasVideoFacts(*video)
                        ? tr("%1: %2 long, %3")
                                  .arg(name, FolderScan::durationText(video->facts.durationMs),
                                       FolderScan::frameRateText(video->facts))
                        : tr("%1: its length and frame rate cannot be read; the video editor "
                             "may not open it")
                                  .arg(name));
        }
    }
    if (const auto texts = scan.items(MediaKind::Text); !texts.isEmpty()) {
        auto *node = top(tr("Texts: %n", nullptr, int(texts.size())));
        for (const Item *text : texts) {
            const QString name = root.relativeFilePath(text->mediaPath);
            add(node, text->extraMedia.isEmpty()
                              ? tr("%1: %2").arg(name, locale().formattedDataSize(text->size))
                              : tr("%1: %2, with its reference document")
                                        .arg(name, locale().formattedDataSize(text->size)));
        }
    }
    if (!scan.skipped.isEmpty()) {
        auto *node = top(tr("Left out: %n file(s)", nullptr, int(scan.skipped.size())));
        for (const FolderScan::Skipped &skipped : scan.skipped)
            add(node, tr("%1: %2").arg(skipped.path, skipped.why.text()));
    }
    m_scanView->expandAll();
}

void NewTaskPage::startedFrom(int index)
{
    m_schemaTouched = true;
    if (index < 0 || index >= m_starts.size())
        return;
    const SchemaStart &start = m_starts.at(index);
    // The template's instructions, when none were written yet.
    if (m_instructions->toPlainText().trimmed().isEmpty() && !start.instructions.isEmpty())
        m_instructions->setPlainText(start.instructions);
    if (start.pairs != m_pairs->isChecked())
        m_pairs->setChecked(start.pairs); // reads the folder again, as pairs or not
}

void NewTaskPage::schemaChanged()
{
    // A new schema (a template, a task, a file) brings its review block: show it.
    const QJsonObject review = m_schemaEditor->schema().review().toJson();
    if (review != m_reviewShown) {
        m_reviewShown = review;
        const ReviewPolicy &policy = m_schemaEditor->schema().review();
        m_sample->setValue(int(policy.samplePercent));
        m_firstItems->setValue(policy.firstItems);
        m_disagreement->setChecked(policy.disagreement);
        m_flagged->setChecked(policy.flagged);
    }
    updateStatus();
}

void NewTaskPage::updatePreview()
{
    if (m_scan)
        m_preview->setSearchPaths({m_scan->folder});
    m_preview->showMarkdown(m_instructions->toPlainText());
    updateStatus(); // a picture named that is not there
}

void NewTaskPage::updatePerItem()
{
    const int ticked = int(tickedPeople().size());
    m_perItem->setMaximum(std::max(1, ticked));
    m_perItem->setEnabled(ticked > 1);
    m_peopleHint->setText(
            ticked == 0 ? tr("Nobody ticked: the task is for every annotator, each item once.")
                        : tr("%n person(s) ticked; the items are handed out in turn.", nullptr,
                             ticked));
    updateStatus();
}

QStringList NewTaskPage::tickedPeople() const
{
    QStringList ids;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked)
            ids << m_people->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QString NewTaskPage::missing() const
{
    QStringList missing;
    if (m_scanning)
        missing << tr("the folder is still being read");
    else if (!m_scanProblem.isEmpty())
        missing << tr("a media folder that can become a task (step 1)");
    else if (!m_scan)
        missing << tr("the media folder (step 1)");
    if (m_name->text().trimmed().isEmpty())
        missing << tr("a name (step 2)");
    for (const QString &picture : instructionPictureFiles(m_instructions->toPlainText(), pictureFolder()))
        if (!QFileInfo(picture).isFile())
            missing << tr("the picture %1 of the instructions, which is not there (step 2)")
                               .arg(QDir::toNativeSeparators(picture));
    if (const auto schema = m_schemaEditor->result(); !schema)
        missing << (m_schemaTouched ? tr("a complete schema (step 3): %1").arg(schema.error().message())
                                    : tr("labels and questions: start from a template, or add your own (step 3)"));
    if (missing.isEmpty())
        return {};
    return tr("Still needed: %1.").arg(missing.join(QStringLiteral("; ")));
}

void NewTaskPage::updateStatus()
{
    if (!m_status)
        return;
    const QString needed = missing();
    QString text;
    if (!m_createdTaskId.isEmpty())
        text = m_said;
    else if (!needed.isEmpty())
        text = m_said.isEmpty() ? needed : m_said + QLatin1Char(' ') + needed;
    else
        text = tr("Ready: Create saves the task with %n item(s).", nullptr, m_scan->itemCount());
    m_status->setText(text);
    m_create->setEnabled(needed.isEmpty() && m_createdTaskId.isEmpty());
}

Result<Task> NewTaskPage::create()
{
    if (!m_createdTaskId.isEmpty())
        return Error::plain(tr("This task was created already."));
    if (const QString needed = missing(); !needed.isEmpty()) {
        updateStatus();
        return Error::plain(needed);
    }
    auto schema = m_schemaEditor->result();
    Schema chosen = *schema;
    ReviewPolicy policy = chosen.review();
    policy.samplePercent = m_sample->value();
    policy.firstItems = m_firstItems->value();
    policy.disagreement = m_disagreement->isChecked();
    policy.flagged = m_flagged->isChecked();
    chosen.setReview(policy);

    Task task = m_scan->draft.task;
    task.name = m_name->text().trimmed();
    task.client = m_client->text().trimmed();
    // The pictures go inside the instructions, so they reach the annotators' PCs.
    auto instructions = embedInstructionPictures(m_instructions->toPlainText(), pictureFolder());
    if (!instructions) {
        m_said = tr("Nothing was saved: %1").arg(instructions.error().message());
        updateStatus();
        return instructions.error();
    }
    task.instructions = *instructions;
    task.schema = chosen;
    const QStringList people = tickedPeople();
    task.annotatorsPerItem = people.isEmpty() ? 1 : m_perItem->value();
    auto created = createAssignedTask(m_store, task, m_scan->draft.items, people, m_lead.id);
    if (!created) {
        m_said = tr("Nothing was saved: %1").arg(created.error().message());
        updateStatus();
        return created.error();
    }
    m_createdTaskId = created->id;
    m_said = tr("\u201c%1\u201d is saved with %n item(s). Publish it (Team menu) to send it to the "
                "annotators' PCs.",
                nullptr, int(m_scan->itemCount()))
                     .arg(created->name);
    updateStatus();
    Q_EMIT taskCreated(created->id);
    return created;
}

} // namespace annostraat
