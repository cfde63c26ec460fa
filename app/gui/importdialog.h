// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team lead's import: a file, its format (guessed from the file, can be changed), what it
// goes into (a new task, or an existing task of a kind the format carries), whose layer the
// annotations become, and whether they load as suggestions to accept. "Check" runs the import
// as a dry run (ImportOptions::dryRun: every check and the real transaction, rolled back) and
// says what will happen ("a new task with 1020 items; 3214 annotations; 12 images of the
// dataset not in the task") or why it cannot; "Import" is offered only for the choice just
// checked. Both run in a worker thread with its own Store on the same file, with progress;
// the dialog cannot be closed while one runs and waits for it when destroyed.

#include "formats/format.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace annostraat {

class FormatRegistry;
class Store;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a author imports (their profile id); \a taskId is offered first as the target when
    /// the format can load onto it.
    ImportDialog(Store &store, const FormatRegistry &registry, const QString &author,
                 const QString &taskId, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *formatBox() const { return m_formatBox; }
    /// Data: "" for a new task, else the task's id.
    QComboBox *targetBox() const { return m_targetBox; }
    /// Data: the profile id whose layer the annotations become.
    QComboBox *layerBox() const { return m_layerBox; }
    QCheckBox *suggestionsBox() const { return m_suggestions; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }
    QProgressBar *progressBar() const { return m_progress; }
    /// What the check found, or why the file cannot be imported.
    QLabel *previewLabel() const { return m_preview; }
    /// What the import did.
    QLabel *resultLabel() const { return m_result; }
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// A check ended: \a ok when the file can be imported as chosen.
    void checked(bool ok);
    /// An import ended; \a taskId is the task imported into (empty when it failed).
    void imported(bool ok, const QString &taskId);

public:
    /// Closes the dialog, but not while a check or an import runs.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Run { Check, Import };

    void retranslate();
    void fillFormats();
    void fillTargets();
    void fillLayers();
    void pathChanged();
    void choiceChanged();
    void browse();
    void start(Run run);
    void runDone();
    void updateButtons();
    const Format *chosenFormat() const;
    ImportOptions chosenOptions() const;
    /// The choice as one string: a check holds for exactly this.
    QString choiceKey() const;
    QString describe(const ImportSummary &summary, bool dryRun) const;

    Store &m_store;
    const FormatRegistry &m_registry;
    QString m_author;
    QString m_preferredTask;
    QLabel *m_intro = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_formatBox = nullptr;
    QLabel *m_formatSummary = nullptr;
    QLabel *m_targetLabel = nullptr;
    QComboBox *m_targetBox = nullptr;
    QLabel *m_layerLabel = nullptr;
    QComboBox *m_layerBox = nullptr;
    QCheckBox *m_suggestions = nullptr;
    QLabel *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;

    QThread *m_thread = nullptr;
    Run m_running = Run::Check;
    std::optional<Result<ImportSummary>> m_outcome; ///< written by the worker before it ends
    QString m_checkedKey; ///< the choice the last successful check was for
    QString m_runningKey; ///< the choice the running check or import was started for
};

} // namespace annostraat
