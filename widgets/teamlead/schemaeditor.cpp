// SPDX-License-Identifier: GPL-3.0-or-later
// What the schema editor does (its widgets and texts are in schemaeditorlayout.cpp). A little
// over 900 lines: the labels, questions and lists of one schema, each field writing the one
// Schema the editor holds; split further, each part would need the editor's whole state.
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
