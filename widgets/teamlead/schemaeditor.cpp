// SPDX-License-Identifier: GPL-3.0-or-later
// Over 1000 lines: the labels, questions and lists of one schema, each field writing the one
// Schema the editor holds, so the parts stay alike.
#include "schemaeditor.h"

#include "model/kinds/annotationkinds.h"
#include "swatch.h"

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

constexpr int kAnswerKeyColumn = 0;
constexpr int kAnswerTextColumn = 1;

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

QString numberText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

/// What a person typed as an attribute's default, as the attribute's type reads it; text that
/// does not fit stays text, so Schema::fromJson names the problem.
QJsonValue parseDefault(const QString &typed, AttributeSpec::Type type)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QJsonValue::Null;
    bool ok = false;
    switch (type) {
    case AttributeSpec::Type::Bool:
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
        return typed;
    case AttributeSpec::Type::Int: {
        const qlonglong v = text.toLongLong(&ok);
        return ok ? QJsonValue(v) : QJsonValue(typed);
    }
    case AttributeSpec::Type::Number: {
        const double v = text.toDouble(&ok);
        return ok ? QJsonValue(v) : QJsonValue(typed);
    }
    case AttributeSpec::Type::Text:
    case AttributeSpec::Type::Choice:
        break;
    }
    return typed;
}

QStringList splitChoices(const QString &text)
{
    QStringList choices;
    for (const QString &part : text.split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            choices << part.trimmed();
    return choices;
}

QString answerText(const QJsonValue &answer)
{
    return answer.isString() ? answer.toString() : QString::number(answer.toInt());
}

/// The kinds a label can be drawn with, in the order the editor shows them.
QList<AnnotationKind> labelKinds()
{
    return {AnnotationKind::Box,    AnnotationKind::Polygon, AnnotationKind::Crack,
            AnnotationKind::Marker, AnnotationKind::Segment, AnnotationKind::Span};
}

QPushButton *button(QWidget *parent, const char *objectName)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAutoDefault(false);
    return b;
}

} // namespace

SchemaEditor::SchemaEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("schemaEditor"));
    buildWidgets();
    retranslate();
    // A new schema: one label to start from, so the fields are there to fill in.
    LabelSpec first;
    first.colour = QColor(0x1f, 0x77, 0xb4);
    first.hotkey = QStringLiteral("1");
    first.kinds = {AnnotationKind::Box};
    m_schema.setLabels({first});
    m_origins = {QString()};
    showAll();
    recheck(false);
}

SchemaEditor::~SchemaEditor()
{
    // The fields go after the Schema this editor holds: an edit they write as they close (an
    // open cell loses the focus) must not reach it.
    const auto objects = findChildren<QObject *>();
    for (QObject *object : objects)
        disconnect(object, nullptr, this, nullptr);
}

void SchemaEditor::buildWidgets()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_startLabel = new QLabel(this);
    m_startBox = new QComboBox(this);
    m_startBox->setObjectName(QStringLiteral("schemaStart"));
    m_startBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_startLabel->setBuddy(m_startBox);
    m_startButton = button(this, "schemaStartButton");
    m_import = button(this, "schemaImport");
    m_export = button(this, "schemaExport");
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
    m_addLabel = button(tab, "schemaAddLabel");
    m_removeLabel = button(tab, "schemaRemoveLabel");
    m_labelUp = button(tab, "schemaLabelUp");
    m_labelDown = button(tab, "schemaLabelDown");
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
    m_addAttribute = button(attributesRow, "schemaAddAttribute");
    m_removeAttribute = button(attributesRow, "schemaRemoveAttribute");
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
    m_addQuestion = button(tab, "schemaAddQuestion");
    m_removeQuestion = button(tab, "schemaRemoveQuestion");
    m_questionUp = button(tab, "schemaQuestionUp");
    m_questionDown = button(tab, "schemaQuestionDown");
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
    m_addAnswer = button(answersRow, "schemaAddAnswer");
    m_removeAnswer = button(answersRow, "schemaRemoveAnswer");
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
        add = button(tab, "");
        remove = button(tab, "");
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

void SchemaEditor::setStartingPoints(const QList<SchemaStart> &starts)
{
    m_starts = starts;
    m_startBox->clear();
    for (const SchemaStart &start : starts)
        m_startBox->addItem(start.title);
    m_startBox->setEnabled(!starts.isEmpty());
    m_startButton->setEnabled(!starts.isEmpty());
}

void SchemaEditor::startFrom(int index)
{
    if (index < 0 || index >= m_starts.size())
        return;
    m_startBox->setCurrentIndex(index);
    m_sourceName = m_starts.at(index).title;
    m_said = tr("Started from \u201c%1\u201d.").arg(m_starts.at(index).title);
    setSchema(m_starts.at(index).schema);
    Q_EMIT startedFrom(index);
}

void SchemaEditor::setSchema(const Schema &schema)
{
    m_schema = schema;
    m_origins.clear();
    for (const LabelSpec &label : schema.labels())
        m_origins << label.name;
    showAll();
    recheck();
}

Result<Schema> SchemaEditor::result() const
{
    return Schema::fromJsonObject(m_schema.toJson(),
                                  m_sourceName.isEmpty() ? tr("the schema") : m_sourceName);
}

QMap<QString, QString> SchemaEditor::renames() const
{
    QMap<QString, QString> renames;
    for (qsizetype i = 0; i < m_origins.size() && i < m_schema.labels().size(); ++i)
        if (!m_origins.at(i).isEmpty() && m_origins.at(i) != m_schema.labels().at(i).name)
            renames.insert(m_origins.at(i), m_schema.labels().at(i).name);
    return renames;
}

QByteArray SchemaEditor::toJson() const
{
    return QJsonDocument(m_schema.toJson()).toJson(QJsonDocument::Indented);
}

Result<void> SchemaEditor::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Error error =
                Error::plain(tr("%1: cannot read the file: %2").arg(path, file.errorString()),
                             Error::Fault::Access);
        say(tr("Nothing was changed. %1").arg(error.message()));
        return error;
    }
    auto schema = Schema::fromJson(file.readAll(), path);
    if (!schema) {
        say(tr("Nothing was changed. %1").arg(schema.error().message()));
        return schema.error();
    }
    m_sourceName = QFileInfo(path).fileName();
    m_said = tr("Read %1.").arg(QDir::toNativeSeparators(path));
    setSchema(*schema);
    return {};
}

Result<void> SchemaEditor::exportFile(const QString &path)
{
    const auto checked = result();
    if (!checked) {
        say(tr("Nothing was written: %1").arg(checked.error().message()));
        return checked.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        const Error error =
                Error::plain(tr("%1: cannot write the file: %2").arg(path, file.errorString()),
                             Error::Fault::Access);
        say(error.message());
        return error;
    }
    say(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

int SchemaEditor::currentLabel() const
{
    const int row = m_labels->currentRow();
    return row >= 0 && row < m_schema.labels().size() ? row : -1;
}

int SchemaEditor::currentQuestion() const
{
    const int row = m_questions->currentRow();
    return row >= 0 && row < m_schema.questions().size() ? row : -1;
}

void SchemaEditor::setCurrentLabel(int index)
{
    m_tabs->setCurrentIndex(0);
    // Shown whether or not the row changes: the list may have chosen it already.
    const bool showing = std::exchange(m_showing, true);
    m_labels->setCurrentRow(index);
    m_showing = showing;
    showLabel();
}

void SchemaEditor::setCurrentQuestion(int index)
{
    m_tabs->setCurrentIndex(1);
    const bool showing = std::exchange(m_showing, true);
    m_questions->setCurrentRow(index);
    m_showing = showing;
    showQuestion();
}

void SchemaEditor::showAll()
{
    const int label = m_labels->currentRow();
    const int question = m_questions->currentRow();
    fillLabelList();
    fillQuestionList();
    {
        const QSignalBlocker flagBlocker(m_flagReasons);
        const QSignalBlocker locatorBlocker(m_locators);
        m_flagReasons->clear();
        for (const QString &reason : m_schema.flagReasons()) {
            auto *item = new QListWidgetItem(reason, m_flagReasons);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        m_locators->clear();
        for (const QString &name : m_schema.locators()) {
            auto *item = new QListWidgetItem(name, m_locators);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_showing = true;
    m_labels->setCurrentRow(std::min(std::max(label, 0), int(m_schema.labels().size()) - 1));
    m_questions->setCurrentRow(
            std::min(std::max(question, 0), int(m_schema.questions().size()) - 1));
    m_showing = false;
    showLabel();
    showQuestion();
}

void SchemaEditor::fillLabelList()
{
    const bool showing = std::exchange(m_showing, true);
    const int row = m_labels->currentRow();
    const auto &labels = m_schema.labels();
    while (m_labels->count() > labels.size())
        delete m_labels->item(m_labels->count() - 1);
    while (m_labels->count() < labels.size())
        new QListWidgetItem(m_labels);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const LabelSpec &label = labels.at(i);
        bool warned = false;
        for (const SchemaWarning &w : std::as_const(m_warnings))
            warned = warned || w.isAboutLabel(int(i));
        QString text = label.name.isEmpty() ? tr("(no name yet)") : label.name;
        if (!label.hotkey.isEmpty())
            text = tr("%1 \u2013 key %2").arg(text, label.hotkey);
        if (warned)
            text = tr("%1 (look at the warnings)").arg(text);
        QListWidgetItem *item = m_labels->item(int(i));
        item->setText(text);
        item->setIcon(labelSwatch(label.colour));
    }
    if (row < 0 && m_labels->count() > 0)
        m_labels->setCurrentRow(0);
    m_showing = showing;
}

void SchemaEditor::fillQuestionList()
{
    const bool showing = std::exchange(m_showing, true);
    const auto &questions = m_schema.questions();
    while (m_questions->count() > questions.size())
        delete m_questions->item(m_questions->count() - 1);
    while (m_questions->count() < questions.size())
        new QListWidgetItem(m_questions);
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QuestionSpec &q = questions.at(i);
        bool warned = false;
        for (const SchemaWarning &w : std::as_const(m_warnings))
            warned = warned || w.question == int(i);
        QString text = q.id.isEmpty() ? tr("(no id yet)") : q.id;
        if (!q.text.isEmpty())
            text = tr("%1: %2").arg(text, q.text);
        if (warned)
            text = tr("%1 (look at the warnings)").arg(text);
        m_questions->item(int(i))->setText(text);
    }
    if (m_questions->currentRow() < 0 && m_questions->count() > 0)
        m_questions->setCurrentRow(0);
    m_showing = showing;
}

void SchemaEditor::showLabel()
{
    const int index = currentLabel();
    m_labelForm->setEnabled(index >= 0);
    m_removeLabel->setEnabled(index >= 0);
    m_labelUp->setEnabled(index > 0);
    m_labelDown->setEnabled(index >= 0 && index + 1 < m_schema.labels().size());
    const bool showing = std::exchange(m_showing, true);
    const LabelSpec label = index >= 0 ? m_schema.labels().at(index) : LabelSpec();
    m_labelName->setText(label.name);
    m_colour->setText(label.colour.isValid()
                              ? label.colour.name(label.colour.alpha() < 255 ? QColor::HexArgb
                                                                             : QColor::HexRgb)
                              : QString());
    m_colourButton->setIcon(labelSwatch(label.colour));
    m_hotkey->setText(label.hotkey);
    for (qsizetype i = 0; i < m_kindBoxes.size(); ++i)
        m_kindBoxes.at(i)->setChecked(label.kinds.contains(m_kindOrder.at(i)));
    m_showing = showing;
    showAttributes();
    showWarnings();
}

void SchemaEditor::showAttributes()
{
    const int index = currentLabel();
    const bool showing = std::exchange(m_showing, true);
    const QList<AttributeSpec> attributes =
            index >= 0 ? m_schema.labels().at(index).attributes : QList<AttributeSpec>();
    m_attributes->setRowCount(int(attributes.size()));
    const QStringList typeNames{tr("yes or no"), tr("whole number"), tr("number"), tr("text"),
                                tr("choice")};
    for (qsizetype row = 0; row < attributes.size(); ++row) {
        const AttributeSpec &a = attributes.at(row);
        auto set = [&](int column, const QString &text) {
            auto *item = m_attributes->item(int(row), column);
            if (!item) {
                item = new QTableWidgetItem;
                m_attributes->setItem(int(row), column, item);
            }
            item->setText(text);
        };
        set(AttrName, a.name);
        set(AttrChoices, a.choices.join(QStringLiteral(", ")));
        set(AttrDefault, jsonText(a.defaultValue));
        set(AttrMin, numberText(a.min));
        set(AttrMax, numberText(a.max));
        auto *type = qobject_cast<QComboBox *>(m_attributes->cellWidget(int(row), AttrType));
        if (!type) {
            type = new QComboBox(m_attributes);
            type->addItems(typeNames);
            m_attributes->setCellWidget(int(row), AttrType, type);
            connect(type, &QComboBox::currentIndexChanged, this, [this, type](int chosen) {
                if (m_showing || chosen < 0)
                    return;
                for (int r = 0; r < m_attributes->rowCount(); ++r)
                    if (m_attributes->cellWidget(r, AttrType) == type)
                        editLabel([&](LabelSpec &label) {
                            if (r < label.attributes.size())
                                label.attributes[r].type = AttributeSpec::Type(chosen);
                        });
            });
        }
        type->setCurrentIndex(int(a.type));
    }
    m_attributes->resizeColumnsToContents();
    m_removeAttribute->setEnabled(index >= 0 && !attributes.isEmpty());
    m_showing = showing;
}

void SchemaEditor::showQuestion()
{
    const int index = currentQuestion();
    m_questionForm->setEnabled(index >= 0);
    m_removeQuestion->setEnabled(index >= 0);
    m_questionUp->setEnabled(index > 0);
    m_questionDown->setEnabled(index >= 0 && index + 1 < m_schema.questions().size());
    const bool showing = std::exchange(m_showing, true);
    const QuestionSpec q = index >= 0 ? m_schema.questions().at(index) : QuestionSpec();
    m_questionId->setText(q.id);
    m_questionText->setText(q.text);
    m_questionType->setCurrentIndex(int(q.type));
    m_required->setChecked(q.required);
    m_noDifference->setChecked(q.noDifference);
    m_noDifference->setVisible(q.type == QuestionSpec::Type::AB);
    const bool ranged =
            q.type == QuestionSpec::Type::Rating || q.type == QuestionSpec::Type::MultiChoice;
    m_rangeLabel->setVisible(ranged);
    m_min->parentWidget()->setVisible(ranged);
    if (q.type == QuestionSpec::Type::Rating) {
        m_rangeLabel->setText(tr("&From \u2013 to:"));
        m_min->setToolTip(tr("The lowest rating"));
        m_max->setToolTip(tr("The highest rating"));
    } else {
        m_rangeLabel->setText(tr("&Fewest \u2013 most:"));
        m_min->setToolTip(tr("The fewest choices a finished answer has"));
        m_max->setToolTip(tr("The most choices an answer may have"));
    }
    m_min->setValue(q.min);
    m_max->setValue(q.max);
    for (qsizetype i = 0; i < m_mediaKindBoxes.size(); ++i)
        m_mediaKindBoxes.at(i)->setChecked(q.mediaKinds.contains(m_mediaKindOrder.at(i)));
    m_showing = showing;
    showAnswers();
    showConditions();
    showWarnings();
}

void SchemaEditor::showAnswers()
{
    const int index = currentQuestion();
    const bool showing = std::exchange(m_showing, true);
    const QuestionSpec q = index >= 0 ? m_schema.questions().at(index) : QuestionSpec();
    const bool typed =
            q.type == QuestionSpec::Type::Choice || q.type == QuestionSpec::Type::MultiChoice;
    const QList<AnswerKey> keys = index >= 0 ? answerKeys(q) : QList<AnswerKey>();
    m_answers->setRowCount(int(keys.size()));
    for (qsizetype row = 0; row < keys.size(); ++row) {
        QStringList keyTexts;
        for (int key : keys.at(row).keys)
            keyTexts << answerKeyText(key);
        // The cells are kept, not replaced: this runs while a cell's edit is being written.
        auto cell = [&](int column) {
            QTableWidgetItem *item = m_answers->item(int(row), column);
            if (!item) {
                item = new QTableWidgetItem;
                m_answers->setItem(int(row), column, item);
            }
            return item;
        };
        QTableWidgetItem *key = cell(kAnswerKeyColumn);
        key->setText(keyTexts.isEmpty() ? tr("none") : keyTexts.join(QStringLiteral(" / ")));
        key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const QJsonValue answer = keys.at(row).answer;
        QString text = answerText(answer);
        if (answer == QJsonValue(QStringLiteral("same")) && q.type == QuestionSpec::Type::AB)
            text = tr("no difference");
        QTableWidgetItem *value = cell(kAnswerTextColumn);
        value->setText(text);
        value->setFlags(typed ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                              : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_answers->setVisible(q.type != QuestionSpec::Type::Text);
    m_addAnswer->setVisible(typed);
    m_removeAnswer->setVisible(typed);
    m_removeAnswer->setEnabled(typed && !keys.isEmpty());
    m_answersLabel->setToolTip(
            typed ? tr("Type each answer in the list; the key that picks it is given by "
                       "its place")
                  : QString());
    m_showing = showing;
}

void SchemaEditor::showConditions()
{
    const int index = currentQuestion();
    const bool showing = std::exchange(m_showing, true);
    const QuestionSpec q = index >= 0 ? m_schema.questions().at(index) : QuestionSpec();
    m_whenQuestion->clear();
    m_whenQuestion->addItem(tr("always (no condition)"), QString());
    for (int i = 0; i < index; ++i) {
        const QuestionSpec &earlier = m_schema.questions().at(i);
        if (earlier.type != QuestionSpec::Type::Text && !earlier.id.isEmpty())
            m_whenQuestion->addItem(
                    tr("question \u201c%1\u201d has one of these answers:").arg(earlier.id),
                    earlier.id);
    }
    const int chosen = q.when ? m_whenQuestion->findData(q.when->question) : 0;
    m_whenQuestion->setCurrentIndex(std::max(chosen, 0));
    m_whenAnswers->clear();
    if (q.when) {
        if (const QuestionSpec *target = m_schema.question(q.when->question))
            for (const AnswerKey &key : answerKeys(*target)) {
                auto *item = new QListWidgetItem(answerText(key.answer), m_whenAnswers);
                item->setData(Qt::UserRole, key.answer.toVariant());
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(q.when->answers.contains(key.answer) ? Qt::Checked
                                                                         : Qt::Unchecked);
            }
    }
    m_whenAnswers->setVisible(q.when.has_value());
    m_onLabels->clear();
    for (const LabelSpec &label : m_schema.labels()) {
        auto *item = new QListWidgetItem(labelSwatch(label.colour), label.name, m_onLabels);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(q.labels.contains(label.name) ? Qt::Checked : Qt::Unchecked);
    }
    // A form without labels (questions only) has nothing to wait for.
    m_onLabels->setVisible(!m_schema.labels().isEmpty());
    m_onLabelsLabel->setVisible(!m_schema.labels().isEmpty());
    m_showing = showing;
}

void SchemaEditor::recheck(bool changed)
{
    m_warnings = checkSchema(m_schema);
    fillLabelList();
    fillQuestionList();
    showWarnings();
    const auto checked = result();
    QString text;
    if (checked) {
        text = m_warnings.isEmpty() ? tr("The schema is complete.")
                                    : tr("The schema is complete; %n warning(s) to look at.",
                                         nullptr, int(m_warnings.size()));
    } else {
        text = tr("Not complete yet: %1").arg(checked.error().message());
    }
    if (!m_said.isEmpty())
        text = m_said + QLatin1Char(' ') + text;
    m_status->setText(text);
    m_export->setEnabled(checked.ok());
    if (changed)
        Q_EMIT schemaChanged();
}

void SchemaEditor::showWarnings()
{
    const int label = currentLabel();
    QStringList colour, hotkey, answers;
    for (const SchemaWarning &w : std::as_const(m_warnings)) {
        switch (w.code) {
        case SchemaWarning::Code::ColoursTooClose:
        case SchemaWarning::Code::LowHighlightContrast:
            if (label >= 0 && w.isAboutLabel(label))
                colour << w.text.text();
            break;
        case SchemaWarning::Code::HotkeyTwice:
        case SchemaWarning::Code::HotkeyIsProgramKey:
            if (label >= 0 && w.isAboutLabel(label))
                hotkey << w.text.text();
            break;
        case SchemaWarning::Code::AnswerWithoutKey:
        case SchemaWarning::Code::AnswerTwice:
            if (w.question >= 0 && w.question == currentQuestion())
                answers << w.text.text();
            break;
        }
    }
    const auto show = [](QLabel *where, const QStringList &texts) {
        where->setText(texts.join(QLatin1Char('\n')));
        where->setVisible(!texts.isEmpty());
    };
    show(m_colourWarning, colour);
    show(m_hotkeyWarning, hotkey);
    show(m_answerWarning, answers);
}

void SchemaEditor::editLabel(const std::function<void(LabelSpec &)> &edit)
{
    const int index = currentLabel();
    if (m_showing || index < 0)
        return;
    QList<LabelSpec> labels = m_schema.labels();
    edit(labels[index]);
    m_schema.setLabels(labels);
    m_said.clear();
    recheck();
}

void SchemaEditor::editQuestion(const std::function<void(QuestionSpec &)> &edit)
{
    const int index = currentQuestion();
    if (m_showing || index < 0)
        return;
    QList<QuestionSpec> questions = m_schema.questions();
    edit(questions[index]);
    m_schema.setQuestions(questions);
    m_said.clear();
    recheck();
}

void SchemaEditor::addLabel()
{
    QList<LabelSpec> labels = m_schema.labels();
    LabelSpec label;
    // The next palette colour not taken yet, and the next free digit.
    static const QList<QColor> palette{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                       QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                       QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                       QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                       QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    label.colour = palette.at(labels.size() % palette.size());
    for (const QColor &colour : palette) {
        bool taken = false;
        for (const LabelSpec &l : std::as_const(labels))
            taken = taken || l.colour == colour;
        if (!taken) {
            label.colour = colour;
            break;
        }
    }
    for (char digit = '1'; digit <= '9' && label.hotkey.isEmpty(); ++digit) {
        bool taken = false;
        for (const LabelSpec &l : std::as_const(labels))
            taken = taken || l.hotkey == QLatin1Char(digit);
        if (!taken)
            label.hotkey = QString(QLatin1Char(digit));
    }
    label.kinds =
            labels.isEmpty() ? QList<AnnotationKind>{AnnotationKind::Box} : labels.last().kinds;
    labels << label;
    m_schema.setLabels(labels);
    m_origins << QString(); // new: no annotations to take along
    m_said.clear();
    recheck();
    setCurrentLabel(int(labels.size()) - 1);
    m_labelName->setFocus();
}

void SchemaEditor::removeLabel()
{
    const int index = currentLabel();
    if (index < 0)
        return;
    QList<LabelSpec> labels = m_schema.labels();
    const QString name = labels.takeAt(index).name;
    m_schema.setLabels(labels);
    if (index < m_origins.size())
        m_origins.removeAt(index);
    // Questions asked once it is drawn no longer wait for it.
    QList<QuestionSpec> questions = m_schema.questions();
    for (QuestionSpec &q : questions)
        q.labels.removeAll(name);
    m_schema.setQuestions(questions);
    m_said.clear();
    recheck();
    m_showing = true;
    m_labels->setCurrentRow(std::min(index, int(labels.size()) - 1));
    m_showing = false;
    showLabel();
    showConditions();
}

void SchemaEditor::moveLabel(int by)
{
    const int index = currentLabel();
    QList<LabelSpec> labels = m_schema.labels();
    if (index < 0 || index + by < 0 || index + by >= labels.size())
        return;
    labels.move(index, index + by);
    m_schema.setLabels(labels);
    if (index + by < m_origins.size())
        m_origins.move(index, index + by);
    m_said.clear();
    recheck();
    setCurrentLabel(index + by);
}

void SchemaEditor::chooseColour()
{
    const int index = currentLabel();
    if (index < 0)
        return;
    const QColor colour = QColorDialog::getColor(
            m_schema.labels().at(index).colour, this,
            tr("Colour of \u201c%1\u201d").arg(m_schema.labels().at(index).name));
    if (!colour.isValid())
        return;
    editLabel([&](LabelSpec &label) { label.colour = colour; });
    showLabel();
}

void SchemaEditor::attributeEdited(int row, int column)
{
    if (m_showing)
        return;
    const QTableWidgetItem *item = m_attributes->item(row, column);
    const QString text = item ? item->text() : QString();
    bool refill = false;
    editLabel([&](LabelSpec &label) {
        if (row < 0 || row >= label.attributes.size())
            return;
        AttributeSpec &a = label.attributes[row];
        switch (column) {
        case AttrName:
            a.name = text.trimmed();
            break;
        case AttrChoices:
            a.choices = splitChoices(text);
            break;
        case AttrDefault:
            a.defaultValue = parseDefault(text, a.type);
            break;
        case AttrMin:
        case AttrMax: {
            std::optional<double> &bound = column == AttrMin ? a.min : a.max;
            bool ok = false;
            const double v = text.trimmed().toDouble(&ok);
            if (text.trimmed().isEmpty())
                bound.reset();
            else if (ok)
                bound = v;
            else
                refill = true; // not a number: the bound stays as it was
            break;
        }
        default:
            break;
        }
    });
    if (refill)
        showAttributes();
}

void SchemaEditor::addAttribute()
{
    if (currentLabel() < 0)
        return;
    editLabel([](LabelSpec &label) {
        AttributeSpec a;
        a.type = AttributeSpec::Type::Text;
        label.attributes << a;
    });
    showAttributes();
    const int row = m_attributes->rowCount() - 1;
    m_attributes->setFocus();
    m_attributes->setCurrentCell(row, AttrName);
    m_attributes->editItem(m_attributes->item(row, AttrName));
}

void SchemaEditor::removeAttribute()
{
    const int row = m_attributes->currentRow();
    if (row < 0)
        return;
    editLabel([row](LabelSpec &label) {
        if (row < label.attributes.size())
            label.attributes.removeAt(row);
    });
    showAttributes();
}

void SchemaEditor::addQuestion()
{
    QList<QuestionSpec> questions = m_schema.questions();
    QuestionSpec q;
    q.type = QuestionSpec::Type::Choice;
    for (int n = int(questions.size()) + 1; q.id.isEmpty(); ++n)
        if (!m_schema.question(QStringLiteral("vraag%1").arg(n)))
            q.id = QStringLiteral("vraag%1").arg(n);
    questions << q;
    m_schema.setQuestions(questions);
    m_said.clear();
    recheck();
    setCurrentQuestion(int(questions.size()) - 1);
    m_questionText->setFocus();
}

void SchemaEditor::removeQuestion()
{
    const int index = currentQuestion();
    if (index < 0)
        return;
    QList<QuestionSpec> questions = m_schema.questions();
    const QString id = questions.takeAt(index).id;
    // A question that waited for its answer is asked always now (it cannot wait for a gone one).
    for (QuestionSpec &q : questions)
        if (q.when && q.when->question == id)
            q.when.reset();
    m_schema.setQuestions(questions);
    m_said.clear();
    recheck();
    m_showing = true;
    m_questions->setCurrentRow(std::min(index, int(questions.size()) - 1));
    m_showing = false;
    showQuestion();
}

void SchemaEditor::moveQuestion(int by)
{
    const int index = currentQuestion();
    QList<QuestionSpec> questions = m_schema.questions();
    if (index < 0 || index + by < 0 || index + by >= questions.size())
        return;
    questions.move(index, index + by);
    m_schema.setQuestions(questions);
    m_said.clear();
    recheck();
    setCurrentQuestion(index + by);
}

void SchemaEditor::answerEdited(int row, int column)
{
    if (m_showing || column != kAnswerTextColumn)
        return;
    const QTableWidgetItem *item = m_answers->item(row, column);
    const QString text = item ? item->text().trimmed() : QString();
    const int index = currentQuestion();
    if (index < 0 || row < 0 || row >= m_schema.questions().at(index).choices.size())
        return;
    const QString id = m_schema.questions().at(index).id;
    const QJsonValue before(m_schema.questions().at(index).choices.at(row));
    QList<QuestionSpec> questions = m_schema.questions();
    questions[index].choices[row] = text;
    // Later questions asked on this answer follow its new wording.
    for (QuestionSpec &q : questions)
        if (q.when && q.when->question == id)
            for (auto answer = q.when->answers.begin(); answer != q.when->answers.end(); ++answer)
                if (*answer == before)
                    *answer = QJsonValue(text);
    m_schema.setQuestions(questions);
    m_said.clear();
    recheck();
    showAnswers();
}

void SchemaEditor::addAnswer()
{
    if (currentQuestion() < 0)
        return;
    editQuestion([](QuestionSpec &q) {
        q.choices << QString();
        if (q.type == QuestionSpec::Type::MultiChoice && q.max == q.choices.size() - 1)
            q.max = int(q.choices.size()); // "at most all" stays all
    });
    showQuestion();
    const int row = m_answers->rowCount() - 1;
    m_answers->setFocus();
    m_answers->setCurrentCell(row, kAnswerTextColumn);
    m_answers->editItem(m_answers->item(row, kAnswerTextColumn));
}

void SchemaEditor::removeAnswer()
{
    const int row = m_answers->currentRow();
    if (row < 0)
        return;
    editQuestion([row](QuestionSpec &q) {
        if (row >= q.choices.size())
            return;
        q.choices.removeAt(row);
        if (q.type == QuestionSpec::Type::MultiChoice)
            q.max = std::min(q.max, int(q.choices.size()));
    });
    showQuestion();
}

void SchemaEditor::conditionEdited()
{
    if (m_showing)
        return;
    QJsonArray answers;
    for (int i = 0; i < m_whenAnswers->count(); ++i)
        if (m_whenAnswers->item(i)->checkState() == Qt::Checked)
            answers << QJsonValue::fromVariant(m_whenAnswers->item(i)->data(Qt::UserRole));
    QStringList labels;
    for (int i = 0; i < m_onLabels->count(); ++i)
        if (m_onLabels->item(i)->checkState() == Qt::Checked)
            labels << m_onLabels->item(i)->text();
    editQuestion([&](QuestionSpec &q) {
        if (q.when)
            q.when->answers = answers;
        q.labels = labels;
    });
}

void SchemaEditor::listsEdited()
{
    if (m_showing)
        return;
    QStringList reasons, locators;
    for (int i = 0; i < m_flagReasons->count(); ++i)
        reasons << m_flagReasons->item(i)->text().trimmed();
    for (int i = 0; i < m_locators->count(); ++i)
        locators << m_locators->item(i)->text().trimmed();
    m_schema.setFlagReasons(reasons);
    m_schema.setLocators(locators, m_schema.locatorsMayOverlap());
    m_said.clear();
    recheck();
}

void SchemaEditor::importChosen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a schema"), QString(),
                                                      tr("Schemas (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)importFile(path);
}

void SchemaEditor::exportChosen()
{
    QString path = QFileDialog::getSaveFileName(
            this, tr("Export the schema"), QStringLiteral("schema.json"), tr("Schemas (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    (void)exportFile(path);
}

void SchemaEditor::say(const QString &text)
{
    m_said = text;
    recheck(false);
}

} // namespace annostraat
