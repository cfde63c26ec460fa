// SPDX-License-Identifier: GPL-3.0-or-later
// The schema editor's widgets and their texts (buildWidgets(), the three tabs, retranslate());
// what they do is in schemaeditor.cpp.
#include "schemaeditor.h"

#include "model/kinds/annotationkinds.h"
#include "swatch.h"

#include "sectionlabel.h"
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace annostraat {

namespace {

QList<AnnotationKind> labelKinds()
{
    return {AnnotationKind::Box,    AnnotationKind::Polygon, AnnotationKind::Crack,
            AnnotationKind::Marker, AnnotationKind::Segment, AnnotationKind::Span};
}


} // namespace

void SchemaEditor::buildWidgets()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_startLabel = new QLabel(this);
    m_startBox = new QComboBox(this);
    m_startBox->setObjectName(QStringLiteral("schemaStart"));
    m_startBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_startLabel->setBuddy(m_startBox);
    m_startButton = formButton(this, "schemaStartButton");
    m_import = formButton(this, "schemaImport");
    m_export = formButton(this, "schemaExport");
    top->addWidget(m_startLabel);
    top->addWidget(m_startBox, 1);
    top->addWidget(m_startButton);
    top->addSpacing(12);
    top->addWidget(m_import);
    top->addWidget(m_export);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("schemaTabs"));
    m_tabs->addTab(buildLabelsTab(), QString());
    m_tabs->addTab(buildQuestionsTab(), QString());
    m_tabs->addTab(buildListsTab(), QString());
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_startButton, &QPushButton::clicked, this,
            [this] { startFrom(m_startBox->currentIndex()); });
    connect(m_import, &QPushButton::clicked, this, &SchemaEditor::importChosen);
    connect(m_export, &QPushButton::clicked, this, &SchemaEditor::exportChosen);
}

QWidget *SchemaEditor::buildLabelsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QHBoxLayout(tab);
    auto *left = new QVBoxLayout;
    m_labels = new QListWidget(tab);
    m_labels->setObjectName(QStringLiteral("schemaLabels"));
    left->addWidget(m_labels, 1);
    auto *buttons = new QGridLayout;
    m_addLabel = formButton(tab, "schemaAddLabel");
    m_removeLabel = formButton(tab, "schemaRemoveLabel");
    m_labelUp = formButton(tab, "schemaLabelUp");
    m_labelDown = formButton(tab, "schemaLabelDown");
    buttons->addWidget(m_addLabel, 0, 0);
    buttons->addWidget(m_removeLabel, 0, 1);
    buttons->addWidget(m_labelUp, 1, 0);
    buttons->addWidget(m_labelDown, 1, 1);
    left->addLayout(buttons);
    layout->addLayout(left, 1);

    m_labelForm = new QWidget(tab);
    auto *form = new QFormLayout(m_labelForm);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_labelNameLabel = new QLabel(m_labelForm);
    m_labelName = new QLineEdit(m_labelForm);
    m_labelName->setObjectName(QStringLiteral("schemaLabelName"));
    m_labelNameLabel->setBuddy(m_labelName);
    form->addRow(m_labelNameLabel, m_labelName);

    m_colourLabel = new QLabel(m_labelForm);
    auto *colourRow = new QWidget(m_labelForm);
    auto *colourLayout = new QGridLayout(colourRow);
    colourLayout->setContentsMargins(0, 0, 0, 0);
    m_colourButton = new QToolButton(colourRow);
    m_colourButton->setObjectName(QStringLiteral("schemaColourButton"));
    m_colourButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colour = new QLineEdit(colourRow);
    m_colour->setObjectName(QStringLiteral("schemaColour"));
    m_colour->setMaxLength(9);
    m_colourWarning = new QLabel(colourRow);
    m_colourWarning->setObjectName(QStringLiteral("schemaColourWarning"));
    m_colourWarning->setWordWrap(true);
    colourLayout->addWidget(m_colour, 0, 0);
    colourLayout->addWidget(m_colourButton, 0, 1);
    colourLayout->addWidget(m_colourWarning, 1, 0, 1, 2);
    m_colourLabel->setBuddy(m_colour);
    form->addRow(m_colourLabel, colourRow);

    m_hotkeyLabel = new QLabel(m_labelForm);
    auto *hotkeyRow = new QWidget(m_labelForm);
    auto *hotkeyLayout = new QVBoxLayout(hotkeyRow);
    hotkeyLayout->setContentsMargins(0, 0, 0, 0);
    m_hotkey = new QLineEdit(hotkeyRow);
    m_hotkey->setObjectName(QStringLiteral("schemaHotkey"));
    m_hotkey->setMaxLength(1);
    m_hotkey->setMaximumWidth(m_hotkey->fontMetrics().averageCharWidth() * 6);
    m_hotkeyWarning = new QLabel(hotkeyRow);
    m_hotkeyWarning->setObjectName(QStringLiteral("schemaHotkeyWarning"));
    m_hotkeyWarning->setWordWrap(true);
    hotkeyLayout->addWidget(m_hotkey);
    hotkeyLayout->addWidget(m_hotkeyWarning);
    m_hotkeyLabel->setBuddy(m_hotkey);
    form->addRow(m_hotkeyLabel, hotkeyRow);

    m_kindsLabel = new QLabel(m_labelForm);
    auto *kindsRow = new QWidget(m_labelForm);
    auto *kindsLayout = new QGridLayout(kindsRow);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    m_kindOrder = labelKinds();
    for (qsizetype i = 0; i < m_kindOrder.size(); ++i) {
        auto *box = new QCheckBox(kindsRow);
        box->setObjectName(QStringLiteral("schemaKind-") + toId(m_kindOrder.at(i)));
        kindsLayout->addWidget(box, int(i / 3), int(i % 3));
        m_kindBoxes << box;
        connect(box, &QCheckBox::toggled, this, [this, kind = m_kindOrder.at(i)](bool on) {
            if (m_showing)
                return;
            editLabel([&](LabelSpec &label) {
                if (on && !label.kinds.contains(kind))
                    label.kinds << kind;
                else if (!on)
                    label.kinds.removeAll(kind);
            });
        });
    }
    form->addRow(m_kindsLabel, kindsRow);

    m_attributesLabel = new QLabel(m_labelForm);
    auto *attributesRow = new QWidget(m_labelForm);
    auto *attributesLayout = new QVBoxLayout(attributesRow);
    attributesLayout->setContentsMargins(0, 0, 0, 0);
    m_attributes = new QTableWidget(0, AttrColumnCount, attributesRow);
    m_attributes->setObjectName(QStringLiteral("schemaAttributes"));
    m_attributes->verticalHeader()->hide();
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->setTabKeyNavigation(false);
    attributesLayout->addWidget(m_attributes);
    auto *attributeButtons = new QHBoxLayout;
    m_addAttribute = formButton(attributesRow, "schemaAddAttribute");
    m_removeAttribute = formButton(attributesRow, "schemaRemoveAttribute");
    attributeButtons->addWidget(m_addAttribute);
    attributeButtons->addWidget(m_removeAttribute);
    attributeButtons->addStretch(1);
    attributesLayout->addLayout(attributeButtons);
    m_attributesLabel->setBuddy(m_attributes);
    form->addRow(m_attributesLabel, attributesRow);
    layout->addWidget(m_labelForm, 2);

    connect(m_labels, &QListWidget::currentRowChanged, this, [this] {
        if (!m_showing)
            showLabel();
    });
    connect(m_addLabel, &QPushButton::clicked, this, &SchemaEditor::addLabel);
    connect(m_removeLabel, &QPushButton::clicked, this, &SchemaEditor::removeLabel);
    connect(m_labelUp, &QPushButton::clicked, this, [this] { moveLabel(-1); });
    connect(m_labelDown, &QPushButton::clicked, this, [this] { moveLabel(1); });
    connect(m_labelName, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int index = currentLabel();
        if (index < 0)
            return;
        const QString before = m_schema.labels().at(index).name;
        editLabel([&](LabelSpec &label) { label.name = text.trimmed(); });
        // Questions asked once a label is drawn follow its new name.
        QList<QuestionSpec> questions = m_schema.questions();
        bool renamed = false;
        for (QuestionSpec &q : questions)
            for (QString &name : q.labels)
                if (name == before) {
                    name = text.trimmed();
                    renamed = true;
                }
        if (renamed) {
            m_schema.setQuestions(questions);
            recheck();
        }
    });
    connect(m_colour, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QColor colour = QColor::fromString(text.trimmed());
        if (!text.trimmed().startsWith(QLatin1Char('#')) || !colour.isValid())
            return; // not a colour yet: the label keeps the one it had
        editLabel([&](LabelSpec &label) { label.colour = colour; });
        m_colourButton->setIcon(labelSwatch(colour));
    });
    connect(m_colourButton, &QToolButton::clicked, this, &SchemaEditor::chooseColour);
    connect(m_hotkey, &QLineEdit::textEdited, this, [this](const QString &text) {
        editLabel([&](LabelSpec &label) { label.hotkey = text; });
    });
    connect(m_attributes, &QTableWidget::cellChanged, this, &SchemaEditor::attributeEdited);
    connect(m_addAttribute, &QPushButton::clicked, this, &SchemaEditor::addAttribute);
    connect(m_removeAttribute, &QPushButton::clicked, this, &SchemaEditor::removeAttribute);
    return tab;
}

QWidget *SchemaEditor::buildQuestionsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QHBoxLayout(tab);
    auto *left = new QVBoxLayout;
    m_questions = new QListWidget(tab);
    m_questions->setObjectName(QStringLiteral("schemaQuestions"));
    left->addWidget(m_questions, 1);
    auto *buttons = new QGridLayout;
    m_addQuestion = formButton(tab, "schemaAddQuestion");
    m_removeQuestion = formButton(tab, "schemaRemoveQuestion");
    m_questionUp = formButton(tab, "schemaQuestionUp");
    m_questionDown = formButton(tab, "schemaQuestionDown");
    buttons->addWidget(m_addQuestion, 0, 0);
    buttons->addWidget(m_removeQuestion, 0, 1);
    buttons->addWidget(m_questionUp, 1, 0);
    buttons->addWidget(m_questionDown, 1, 1);
    left->addLayout(buttons);
    layout->addLayout(left, 1);

    m_questionForm = new QWidget(tab);
    auto *form = new QFormLayout(m_questionForm);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_questionIdLabel = new QLabel(m_questionForm);
    m_questionId = new QLineEdit(m_questionForm);
    m_questionId->setObjectName(QStringLiteral("schemaQuestionId"));
    m_questionIdLabel->setBuddy(m_questionId);
    form->addRow(m_questionIdLabel, m_questionId);
    m_questionTextLabel = new QLabel(m_questionForm);
    m_questionText = new QLineEdit(m_questionForm);
    m_questionText->setObjectName(QStringLiteral("schemaQuestionText"));
    m_questionTextLabel->setBuddy(m_questionText);
    form->addRow(m_questionTextLabel, m_questionText);
    m_questionTypeLabel = new QLabel(m_questionForm);
    m_questionType = new QComboBox(m_questionForm);
    m_questionType->setObjectName(QStringLiteral("schemaQuestionType"));
    for (int i = 0; i < 5; ++i)
        m_questionType->addItem(QString());
    m_questionTypeLabel->setBuddy(m_questionType);
    form->addRow(m_questionTypeLabel, m_questionType);
    m_required = new QCheckBox(m_questionForm);
    m_required->setObjectName(QStringLiteral("schemaRequired"));
    form->addRow(QString(), m_required);
    m_rangeLabel = new QLabel(m_questionForm);
    auto *range = new QWidget(m_questionForm);
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    m_min = new QSpinBox(range);
    m_min->setObjectName(QStringLiteral("schemaMin"));
    m_max = new QSpinBox(range);
    m_max->setObjectName(QStringLiteral("schemaMax"));
    m_min->setRange(-1000, 1000);
    m_max->setRange(-1000, 1000);
    rangeLayout->addWidget(m_min);
    rangeLayout->addWidget(m_max);
    rangeLayout->addStretch(1);
    m_rangeLabel->setBuddy(m_min);
    form->addRow(m_rangeLabel, range);
    m_noDifference = new QCheckBox(m_questionForm);
    m_noDifference->setObjectName(QStringLiteral("schemaNoDifference"));
    form->addRow(QString(), m_noDifference);

    m_answersLabel = new QLabel(m_questionForm);
    auto *answersRow = new QWidget(m_questionForm);
    auto *answersLayout = new QVBoxLayout(answersRow);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    m_answers = new QTableWidget(0, 2, answersRow);
    m_answers->setObjectName(QStringLiteral("schemaAnswers"));
    m_answers->verticalHeader()->hide();
    m_answers->horizontalHeader()->setStretchLastSection(true);
    m_answers->setTabKeyNavigation(false);
    answersLayout->addWidget(m_answers);
    auto *answerButtons = new QHBoxLayout;
    m_addAnswer = formButton(answersRow, "schemaAddAnswer");
    m_removeAnswer = formButton(answersRow, "schemaRemoveAnswer");
    answerButtons->addWidget(m_addAnswer);
    answerButtons->addWidget(m_removeAnswer);
    answerButtons->addStretch(1);
    answersLayout->addLayout(answerButtons);
    m_answerWarning = new QLabel(answersRow);
    m_answerWarning->setObjectName(QStringLiteral("schemaAnswerWarning"));
    m_answerWarning->setWordWrap(true);
    answersLayout->addWidget(m_answerWarning);
    m_answersLabel->setBuddy(m_answers);
    form->addRow(m_answersLabel, answersRow);

    m_mediaKindsLabel = new QLabel(m_questionForm);
    auto *mediaRow = new QWidget(m_questionForm);
    auto *mediaLayout = new QHBoxLayout(mediaRow);
    mediaLayout->setContentsMargins(0, 0, 0, 0);
    m_mediaKindOrder = {MediaKind::Image, MediaKind::Video, MediaKind::Text, MediaKind::ImagePair};
    for (MediaKind kind : std::as_const(m_mediaKindOrder)) {
        auto *box = new QCheckBox(mediaRow);
        box->setObjectName(QStringLiteral("schemaMediaKind-") + toId(kind));
        mediaLayout->addWidget(box);
        m_mediaKindBoxes << box;
        connect(box, &QCheckBox::toggled, this, [this, kind](bool on) {
            if (m_showing)
                return;
            editQuestion([&](QuestionSpec &q) {
                if (on && !q.mediaKinds.contains(kind))
                    q.mediaKinds << kind;
                else if (!on)
                    q.mediaKinds.removeAll(kind);
            });
        });
    }
    mediaLayout->addStretch(1);
    form->addRow(m_mediaKindsLabel, mediaRow);

    m_whenLabel = new QLabel(m_questionForm);
    auto *whenRow = new QWidget(m_questionForm);
    auto *whenLayout = new QVBoxLayout(whenRow);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    m_whenQuestion = new QComboBox(whenRow);
    m_whenQuestion->setObjectName(QStringLiteral("schemaWhenQuestion"));
    m_whenAnswers = new QListWidget(whenRow);
    m_whenAnswers->setObjectName(QStringLiteral("schemaWhenAnswers"));
    m_whenAnswers->setMaximumHeight(m_whenAnswers->fontMetrics().height() * 6);
    whenLayout->addWidget(m_whenQuestion);
    whenLayout->addWidget(m_whenAnswers);
    m_whenLabel->setBuddy(m_whenQuestion);
    form->addRow(m_whenLabel, whenRow);
    m_onLabelsLabel = new QLabel(m_questionForm);
    m_onLabels = new QListWidget(m_questionForm);
    m_onLabels->setObjectName(QStringLiteral("schemaOnLabels"));
    m_onLabels->setMaximumHeight(m_onLabels->fontMetrics().height() * 6);
    m_onLabelsLabel->setBuddy(m_onLabels);
    form->addRow(m_onLabelsLabel, m_onLabels);
    layout->addWidget(m_questionForm, 2);

    connect(m_questions, &QListWidget::currentRowChanged, this, [this] {
        if (!m_showing)
            showQuestion();
    });
    connect(m_addQuestion, &QPushButton::clicked, this, &SchemaEditor::addQuestion);
    connect(m_removeQuestion, &QPushButton::clicked, this, &SchemaEditor::removeQuestion);
    connect(m_questionUp, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_questionDown, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_questionId, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int index = currentQuestion();
        if (index < 0)
            return;
        const QString before = m_schema.questions().at(index).id;
        editQuestion([&](QuestionSpec &q) { q.id = text.trimmed(); });
        // Later questions that depend on this one follow its new id.
        QList<QuestionSpec> questions = m_schema.questions();
        for (QuestionSpec &q : questions)
            if (q.when && q.when->question == before)
                q.when->question = text.trimmed();
        m_schema.setQuestions(questions);
        recheck();
    });
    connect(m_questionText, &QLineEdit::textEdited, this,
            [this](const QString &text) { editQuestion([&](QuestionSpec &q) { q.text = text; }); });
    connect(m_questionType, &QComboBox::currentIndexChanged, this, [this](int type) {
        if (m_showing || type < 0)
            return;
        editQuestion([&](QuestionSpec &q) {
            q.type = QuestionSpec::Type(type);
            if (q.type == QuestionSpec::Type::Rating && q.max <= q.min) {
                q.min = 1;
                q.max = 5;
            } else if (q.type == QuestionSpec::Type::MultiChoice) {
                q.min = 1;
                q.max = int(q.choices.size());
            }
            if (q.type != QuestionSpec::Type::AB)
                q.noDifference = false;
        });
        showQuestion();
    });
    connect(m_required, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_showing)
            editQuestion([&](QuestionSpec &q) { q.required = on; });
    });
    connect(m_noDifference, &QCheckBox::toggled, this, [this](bool on) {
        if (m_showing)
            return;
        editQuestion([&](QuestionSpec &q) { q.noDifference = on; });
        showAnswers();
    });
    for (QSpinBox *box : {m_min, m_max})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (m_showing)
                return;
            editQuestion([&](QuestionSpec &q) {
                q.min = m_min->value();
                q.max = m_max->value();
            });
            showAnswers();
        });
    connect(m_answers, &QTableWidget::cellChanged, this, &SchemaEditor::answerEdited);
    connect(m_addAnswer, &QPushButton::clicked, this, &SchemaEditor::addAnswer);
    connect(m_removeAnswer, &QPushButton::clicked, this, &SchemaEditor::removeAnswer);
    connect(m_whenQuestion, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        const QString id = m_whenQuestion->currentData().toString();
        editQuestion([&](QuestionSpec &q) {
            if (id.isEmpty())
                q.when.reset();
            else if (!q.when || q.when->question != id)
                q.when = QuestionCondition{id, {}};
        });
        showConditions();
    });
    connect(m_whenAnswers, &QListWidget::itemChanged, this, &SchemaEditor::conditionEdited);
    connect(m_onLabels, &QListWidget::itemChanged, this, &SchemaEditor::conditionEdited);
    return tab;
}

QWidget *SchemaEditor::buildListsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QHBoxLayout(tab);
    auto makeList = [&](QLabel *&label, QListWidget *&list, QPushButton *&add, QPushButton *&remove,
                        const char *name) {
        auto *column = new QVBoxLayout;
        label = new QLabel(tab);
        label->setWordWrap(true);
        list = new QListWidget(tab);
        list->setObjectName(QLatin1String(name));
        label->setBuddy(list);
        column->addWidget(label);
        column->addWidget(list, 1);
        auto *buttons = new QHBoxLayout;
        add = formButton(tab, "");
        remove = formButton(tab, "");
        add->setObjectName(QLatin1String(name) + QStringLiteral("Add"));
        remove->setObjectName(QLatin1String(name) + QStringLiteral("Remove"));
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        column->addLayout(buttons);
        layout->addLayout(column, 1);
        connect(list, &QListWidget::itemChanged, this, &SchemaEditor::listsEdited);
        connect(add, &QPushButton::clicked, this, [list] {
            auto *item = new QListWidgetItem(list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            list->setCurrentItem(item);
            list->setFocus();
            list->editItem(item);
        });
        connect(remove, &QPushButton::clicked, this, [this, list] {
            delete list->currentItem();
            listsEdited();
        });
    };
    makeList(m_flagReasonsLabel, m_flagReasons, m_addFlagReason, m_removeFlagReason,
             "schemaFlagReasons");
    makeList(m_locatorsLabel, m_locators, m_addLocator, m_removeLocator, "schemaLocators");
    return tab;
}

void SchemaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SchemaEditor::retranslate()
{
    m_startLabel->setText(tr("&Start from:"));
    m_startButton->setText(tr("&Use this start"));
    m_startButton->setToolTip(
            tr("Put the chosen template or task's schema in the editor, in place of "
               "the one shown"));
    m_import->setText(tr("&Import\u2026"));
    m_import->setToolTip(tr("Read a schema from a JSON file (the format the command line uses)"));
    m_export->setText(tr("E&xport\u2026"));
    m_export->setToolTip(tr("Write this schema to a JSON file (the format the command line uses)"));
    m_tabs->setTabText(0, tr("&Labels"));
    m_tabs->setTabText(1, tr("&Questions"));
    m_tabs->setTabText(2, tr("Flag reasons and &parts"));

    m_addLabel->setText(tr("Add label"));
    m_addLabel->setToolTip(tr("A new label at the end of the list"));
    m_removeLabel->setText(tr("Remove label"));
    m_removeLabel->setToolTip(tr("Take the chosen label out of the schema"));
    m_labelUp->setText(tr("Up"));
    m_labelUp->setToolTip(tr("Move the chosen label up: annotators see the labels in this order"));
    m_labelDown->setText(tr("Down"));
    m_labelDown->setToolTip(
            tr("Move the chosen label down: annotators see the labels in this order"));
    m_labelNameLabel->setText(tr("Na&me:"));
    m_colourLabel->setText(tr("&Colour:"));
    m_colour->setPlaceholderText(QStringLiteral("#1f77b4"));
    m_colour->setToolTip(tr("The colour as #rrggbb; warnings about it show below at once"));
    m_colourButton->setText(tr("Choose\u2026"));
    m_colourButton->setToolTip(tr("Pick the colour from a colour chart"));
    m_hotkeyLabel->setText(tr("&Key:"));
    m_hotkey->setToolTip(
            tr("One key that chooses this label while people work; clashes show below at "
               "once"));
    m_kindsLabel->setText(tr("Drawn as:"));
    for (qsizetype i = 0; i < m_kindBoxes.size(); ++i)
        m_kindBoxes.at(i)->setText(AnnotationKinds::get(m_kindOrder.at(i)).displayName());
    m_attributesLabel->setText(tr("&Attributes:"));
    m_attributes->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Choices (a, b, c)"),
                                             tr("Default"), tr("Lowest"), tr("Highest")});
    m_addAttribute->setText(tr("Add attribute"));
    m_addAttribute->setToolTip(tr("A new attribute of the chosen label, such as a damage rating"));
    m_removeAttribute->setText(tr("Remove attribute"));
    m_removeAttribute->setToolTip(tr("Take the chosen attribute out of the label"));

    m_addQuestion->setText(tr("Add question"));
    m_addQuestion->setToolTip(tr("A new question at the end of the form"));
    m_removeQuestion->setText(tr("Remove question"));
    m_removeQuestion->setToolTip(tr("Take the chosen question out of the form"));
    m_questionUp->setText(tr("Up"));
    m_questionUp->setToolTip(tr("Ask the chosen question earlier"));
    m_questionDown->setText(tr("Down"));
    m_questionDown->setToolTip(tr("Ask the chosen question later"));
    m_questionIdLabel->setText(tr("I&d:"));
    m_questionId->setToolTip(
            tr("A short name of the question that exports write; each question has its "
               "own"));
    m_questionTextLabel->setText(tr("Question &text:"));
    m_questionTypeLabel->setText(tr("T&ype:"));
    const QStringList types{tr("One choice"), tr("A rating"), tr("Free text"), tr("A or B"),
                            tr("Several choices")};
    for (int i = 0; i < types.size(); ++i)
        m_questionType->setItemText(i, types.at(i));
    m_required->setText(tr("&Must be answered before the item is done"));
    m_noDifference->setText(tr("\u201cNo difference\u201d is an answ&er too"));
    m_answersLabel->setText(tr("&Answers:"));
    m_answers->setHorizontalHeaderLabels({tr("Key"), tr("Answer")});
    m_addAnswer->setText(tr("Add answer"));
    m_addAnswer->setToolTip(tr("A new answer of the chosen question"));
    m_removeAnswer->setText(tr("Remove answer"));
    m_removeAnswer->setToolTip(tr("Take the chosen answer out of the question"));
    m_mediaKindsLabel->setText(tr("Asked for:"));
    const QStringList mediaNames{tr("Images"), tr("Videos"), tr("Texts"), tr("A/B pairs")};
    for (qsizetype i = 0; i < m_mediaKindBoxes.size(); ++i) {
        m_mediaKindBoxes.at(i)->setText(mediaNames.at(i));
        m_mediaKindBoxes.at(i)->setToolTip(
                tr("Nothing ticked: the question is asked for every item"));
    }
    m_whenLabel->setText(tr("Only &when:"));
    m_onLabelsLabel->setText(tr("Only once drawn:"));
    m_onLabels->setToolTip(
            tr("Ticked labels: the question is asked once the item has one of them"));

    m_flagReasonsLabel->setText(
            tr("&Flag reasons: what annotators can choose when an item cannot be done "
               "(none: the program's general reasons)"));
    m_addFlagReason->setText(tr("Add reason"));
    m_addFlagReason->setToolTip(tr("A new flag reason; type it in the list"));
    m_removeFlagReason->setText(tr("Remove reason"));
    m_removeFlagReason->setToolTip(tr("Take the chosen flag reason out"));
    m_locatorsLabel->setText(tr("Parts of a &video: the parts people mark the start and end of, in "
                                "this order (video jobs only)"));
    m_addLocator->setText(tr("Add part"));
    m_addLocator->setToolTip(
            tr("A new part of the video, such as \u201cOpening credits\u201d; type it in "
               "the list"));
    m_removeLocator->setText(tr("Remove part"));
    m_removeLocator->setToolTip(tr("Take the chosen part out"));
    if (!m_showing) {
        showAll();
        recheck(false);
    }
}

} // namespace annostraat
