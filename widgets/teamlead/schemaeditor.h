// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The schema editor (issue 14, point 2): a team lead builds a task's label schema without
// writing JSON. Labels (name, colour, hotkey, the annotation kinds each allows, attributes),
// questions (type, answers with the keys the question form gives them, the media kinds they
// are asked for, conditions), flag reasons and the parts of a video (locators).
//
// The editor holds a Schema and changes it field by field; what it does not show (agreement,
// review, video start timecode, …) is kept as it came, so a schema taken in and given back
// unchanged is the same JSON. The checks of core/model/schemachecks.h run on every change and
// show their warnings beside the field (colours too close, too little contrast, a hotkey used
// twice or by the program). Whether the schema is complete is Schema::fromJson's answer, with
// its messages: result() is the schema read back through it.
//
// Starting points are passed in (the lab jobs' templates, existing tasks' schemas): widgets do
// not know the app's demo tasks. Import and export use the JSON of docs/schema-format.md; a
// file that is not a valid schema is refused with its name and the problem, and nothing
// changes.

#include "model/schema.h"
#include "model/schemachecks.h"
#include "util/result.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace annostraat {

/// A schema to start from: a lab job's template or an existing task's.
struct SchemaStart
{
    QString title;
    Schema schema;
    QString instructions; ///< the Markdown that goes with it; may be empty
    bool pairs = false;   ///< an A/B job: the media folder holds NAME_A / NAME_B images
};

class SchemaEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaEditor(QWidget *parent = nullptr);
    ~SchemaEditor() override;

    /// The starting points offered (replaces the list).
    void setStartingPoints(const QList<SchemaStart> &starts);
    const QList<SchemaStart> &startingPoints() const { return m_starts; }
    /// Starts from starting point \a index: its schema replaces the one shown.
    void startFrom(int index);

    /// Shows \a schema for editing.
    void setSchema(const Schema &schema);
    /// The schema as edited, whether complete or not.
    const Schema &schema() const { return m_schema; }
    /// The schema as edited, read back through Schema::fromJson: its first problem otherwise.
    Result<Schema> result() const;
    /// Labels of the schema last set (setSchema, import, a starting point) that were renamed
    /// since: old name → new name (a running task's annotations follow them).
    QMap<QString, QString> renames() const;
    /// The schema as docs/schema-format.md writes it.
    QByteArray toJson() const;

    /// Reads \a path; a file that is not a valid schema changes nothing and says why.
    Result<void> importFile(const QString &path);
    /// Writes the schema to \a path; refused (nothing written) while the schema has a problem.
    Result<void> exportFile(const QString &path);

    /// The warnings of the schema checks on the schema shown.
    const QList<SchemaWarning> &warnings() const { return m_warnings; }

    /// Chooses label \a index (or question) for editing.
    void setCurrentLabel(int index);
    void setCurrentQuestion(int index);
    int currentLabel() const;
    int currentQuestion() const;

    // The fields, for tests and for the page around the editor.
    QComboBox *startBox() const { return m_startBox; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *labelList() const { return m_labels; }
    QPushButton *addLabelButton() const { return m_addLabel; }
    QPushButton *removeLabelButton() const { return m_removeLabel; }
    QLineEdit *labelNameEdit() const { return m_labelName; }
    QLineEdit *colourEdit() const { return m_colour; }
    QToolButton *colourButton() const { return m_colourButton; }
    QLabel *colourWarning() const { return m_colourWarning; }
    QLineEdit *hotkeyEdit() const { return m_hotkey; }
    QLabel *hotkeyWarning() const { return m_hotkeyWarning; }
    QList<QCheckBox *> kindBoxes() const { return m_kindBoxes; }
    QTableWidget *attributeTable() const { return m_attributes; }
    QListWidget *questionList() const { return m_questions; }
    QLineEdit *questionIdEdit() const { return m_questionId; }
    QLineEdit *questionTextEdit() const { return m_questionText; }
    QComboBox *questionTypeBox() const { return m_questionType; }
    QTableWidget *answerTable() const { return m_answers; }
    QLabel *answerWarning() const { return m_answerWarning; }
    QListWidget *flagReasonList() const { return m_flagReasons; }
    QListWidget *locatorList() const { return m_locators; }
    /// Whether the schema is complete, or its first problem.
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    /// The schema changed (an edit, an import, a starting point).
    void schemaChanged();
    /// The team lead started from starting point \a index (its instructions may follow).
    void startedFrom(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum AttributeColumn {
        AttrName,
        AttrType,
        AttrChoices,
        AttrDefault,
        AttrMin,
        AttrMax,
        AttrColumnCount
    };

    void buildWidgets();
    QWidget *buildLabelsTab();
    QWidget *buildQuestionsTab();
    QWidget *buildListsTab();
    void retranslate();

    /// Everything shown again from m_schema.
    void showAll();
    void fillLabelList();
    void fillQuestionList();
    void showLabel();
    void showQuestion();
    void showAttributes();
    void showAnswers();
    void showConditions();
    /// The checks and the status again, after a change; \a changed: emit schemaChanged.
    void recheck(bool changed = true);
    void showWarnings();

    // Edits of the current label / question; each writes m_schema.
    void editLabel(const std::function<void(LabelSpec &)> &edit);
    void editQuestion(const std::function<void(QuestionSpec &)> &edit);
    void addLabel();
    void removeLabel();
    void moveLabel(int by);
    void chooseColour();
    void attributeEdited(int row, int column);
    void addAttribute();
    void removeAttribute();
    void addQuestion();
    void removeQuestion();
    void moveQuestion(int by);
    void answerEdited(int row, int column);
    void addAnswer();
    void removeAnswer();
    void conditionEdited();
    void listsEdited();
    void importChosen();
    void exportChosen();
    void say(const QString &text);

    Schema m_schema;
    QList<SchemaStart> m_starts;
    QList<SchemaWarning> m_warnings;
    QStringList m_origins;  ///< per label: its name when the schema was set; empty for new ones
    QString m_sourceName;   ///< the file the schema came from, for the messages
    QString m_said;         ///< the last outcome (imported, exported, refused)
    bool m_showing = false; ///< filling the fields: their signals are no edits

    QLabel *m_startLabel = nullptr;
    QComboBox *m_startBox = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QTabWidget *m_tabs = nullptr;

    QListWidget *m_labels = nullptr;
    QPushButton *m_addLabel = nullptr;
    QPushButton *m_removeLabel = nullptr;
    QPushButton *m_labelUp = nullptr;
    QPushButton *m_labelDown = nullptr;
    QWidget *m_labelForm = nullptr;
    QLabel *m_labelNameLabel = nullptr;
    QLineEdit *m_labelName = nullptr;
    QLabel *m_colourLabel = nullptr;
    QLineEdit *m_colour = nullptr;
    QToolButton *m_colourButton = nullptr;
    QLabel *m_colourWarning = nullptr;
    QLabel *m_hotkeyLabel = nullptr;
    QLineEdit *m_hotkey = nullptr;
    QLabel *m_hotkeyWarning = nullptr;
    QLabel *m_kindsLabel = nullptr;
    QList<QCheckBox *> m_kindBoxes;
    QList<AnnotationKind> m_kindOrder;
    QLabel *m_attributesLabel = nullptr;
    QTableWidget *m_attributes = nullptr;
    QPushButton *m_addAttribute = nullptr;
    QPushButton *m_removeAttribute = nullptr;

    QListWidget *m_questions = nullptr;
    QPushButton *m_addQuestion = nullptr;
    QPushButton *m_removeQuestion = nullptr;
    QPushButton *m_questionUp = nullptr;
    QPushButton *m_questionDown = nullptr;
    QWidget *m_questionForm = nullptr;
    QLabel *m_questionIdLabel = nullptr;
    QLineEdit *m_questionId = nullptr;
    QLabel *m_questionTextLabel = nullptr;
    QLineEdit *m_questionText = nullptr;
    QLabel *m_questionTypeLabel = nullptr;
    QComboBox *m_questionType = nullptr;
    QCheckBox *m_required = nullptr;
    QCheckBox *m_noDifference = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
    QLabel *m_answersLabel = nullptr;
    QTableWidget *m_answers = nullptr;
    QPushButton *m_addAnswer = nullptr;
    QPushButton *m_removeAnswer = nullptr;
    QLabel *m_answerWarning = nullptr;
    QLabel *m_mediaKindsLabel = nullptr;
    QList<QCheckBox *> m_mediaKindBoxes;
    QList<MediaKind> m_mediaKindOrder;
    QLabel *m_whenLabel = nullptr;
    QComboBox *m_whenQuestion = nullptr;
    QListWidget *m_whenAnswers = nullptr;
    QLabel *m_onLabelsLabel = nullptr;
    QListWidget *m_onLabels = nullptr;

    QLabel *m_flagReasonsLabel = nullptr;
    QListWidget *m_flagReasons = nullptr;
    QPushButton *m_addFlagReason = nullptr;
    QPushButton *m_removeFlagReason = nullptr;
    QLabel *m_locatorsLabel = nullptr;
    QListWidget *m_locators = nullptr;
    QPushButton *m_addLocator = nullptr;
    QPushButton *m_removeLocator = nullptr;

    QLabel *m_status = nullptr;
};

} // namespace annostraat
