// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The new task page (issue 14, point 1): a team lead makes a task in the program, in one
// window of steps (not a chain of dialogs): the media folder and what it will become (the
// folder scan, core/store/folderscan.h, read in the background), the task's name, client and
// instructions (Markdown, with a live preview; pictures are put in with Insert picture and go
// inside the instructions on Create, core/store/instructionpictures.h), the
// schema (the schema editor, starting from a lab job's template or an existing task), who works
// on it and how many annotators each item gets, and the review policy. The steps can be taken
// in any order; the status line says what is still missing.
//
// Nothing is written until Create: then the task, its items and its assignments are one
// transaction (createAssignedTask in core/store/assignmentplan.h).

#include "model/entities.h"
#include "store/folderscan.h"
#include "instructionsview.h"
#include "teamlead/schemaeditor.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace annostraat {

class Store;

class NewTaskPage : public QDialog
{
    Q_OBJECT

public:
    enum Step { MediaStep, TaskStep, SchemaStep, PeopleStep, ReviewStep, StepCount };

    /// \a templates: the lab jobs' schemas to start from (the app passes its demo jobs); the
    /// store's tasks are offered after them.
    NewTaskPage(Store &store, const Profile &lead, const QList<SchemaStart> &templates,
                QWidget *parent = nullptr);
    ~NewTaskPage() override;

    int step() const;
    void setStep(int step);

    /// Puts \a folder in the field and reads it (in the background; scanFinished() follows).
    void setFolder(const QString &folder);
    /// Reads the folder in the field again.
    void scan();
    bool isScanning() const { return m_scanning; }
    /// The last folder read, if it could be read.
    const std::optional<FolderScan> &folderScan() const { return m_scan; }

    /// What still stands in the way of Create, in words; empty when nothing does.
    QString missing() const;
    /// Writes the task, its items and assignments in one transaction.
    Result<Task> create();
    /// The task Create made, if any.
    const QString &createdTaskId() const { return m_createdTaskId; }

    QListWidget *stepList() const { return m_steps; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *chooseFolderButton() const { return m_chooseFolder; }
    QPushButton *scanButton() const { return m_scanButton; }
    QCheckBox *pairsBox() const { return m_pairs; }
    QTreeWidget *scanView() const { return m_scanView; }
    QLabel *scanStatus() const { return m_scanStatus; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *clientEdit() const { return m_client; }
    QPushButton *insertPictureButton() const { return m_insertPicture; }
    /// Puts a picture of \a file at the cursor of the instructions (what Insert picture does
    /// after its file dialog).
    void insertPicture(const QString &file);
    QPlainTextEdit *instructionsEdit() const { return m_instructions; }
    QTextBrowser *preview() const { return m_preview; }
    SchemaEditor *schemaEditor() const { return m_schemaEditor; }
    QListWidget *peopleList() const { return m_people; }
    QSpinBox *perItemBox() const { return m_perItem; }
    QSpinBox *sampleBox() const { return m_sample; }
    QSpinBox *firstItemsBox() const { return m_firstItems; }
    QCheckBox *disagreementBox() const { return m_disagreement; }
    QCheckBox *flaggedBox() const { return m_flagged; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *createButton() const { return m_create; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    /// The folder was read (or could not be).
    void scanFinished();
    /// Create made the task \a taskId.
    void taskCreated(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildMediaStep();
    QWidget *buildTaskStep();
    QWidget *buildPeopleStep();
    QWidget *buildReviewStep();
    void retranslate();
    void chooseFolder();
    void choosePicture();
    /// Where the instructions' relative picture paths start: the media folder.
    QString pictureFolder() const;
    void scanDone(int generation, const Result<FolderScan> &result);
    void showScan();
    void startedFrom(int index);
    void schemaChanged();
    void updatePreview();
    void updatePerItem();
    void updateStatus();
    QStringList tickedPeople() const;

    Store &m_store;
    Profile m_lead;
    QList<SchemaStart> m_starts;
    std::optional<FolderScan> m_scan;
    QString m_scanProblem;
    QString m_scannedFolder;
    bool m_scanning = false;
    bool m_schemaTouched = false; ///< a start chosen or a field of the schema changed
    int m_scanGeneration = 0;
    QJsonObject m_reviewShown; ///< the schema's review block last shown in the review step
    QString m_createdTaskId;
    QString m_said;

    QLabel *m_intro = nullptr;
    QListWidget *m_steps = nullptr;
    QStackedWidget *m_stack = nullptr;

    QLabel *m_mediaIntro = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QPushButton *m_scanButton = nullptr;
    QCheckBox *m_pairs = nullptr;
    QLabel *m_scanStatus = nullptr;
    QTreeWidget *m_scanView = nullptr;

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_clientLabel = nullptr;
    QLineEdit *m_client = nullptr;
    QLabel *m_instructionsLabel = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QPushButton *m_insertPicture = nullptr;
    QLabel *m_previewLabel = nullptr;
    InstructionsView *m_preview = nullptr;

    SchemaEditor *m_schemaEditor = nullptr;

    QLabel *m_peopleLabel = nullptr;
    QListWidget *m_people = nullptr;
    QLabel *m_perItemLabel = nullptr;
    QSpinBox *m_perItem = nullptr;
    QLabel *m_peopleHint = nullptr;

    QLabel *m_reviewIntro = nullptr;
    QLabel *m_sampleLabel = nullptr;
    QSpinBox *m_sample = nullptr;
    QLabel *m_firstItemsLabel = nullptr;
    QSpinBox *m_firstItems = nullptr;
    QCheckBox *m_disagreement = nullptr;
    QCheckBox *m_flagged = nullptr;

    QLabel *m_status = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace annostraat
