// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team lead's export: a task, a format from the registry (only those that can carry the
// task's media), whose work (everyone's, one person's, the reviewed layers or the consensus,
// for formats that choose), a file, and a progress bar. Before anything is written the dialog
// says what the export will hold ("12 images, 340 annotations, 3 cracks written as boxes"):
// a preview runs the export itself into a device that discards the bytes. Both run in a
// worker thread with its own Store on the same file (a Store is not shared between threads),
// so the window stays responsive. The dialog cannot be closed while an export runs and waits
// for it when destroyed; a preview's thread ends on its own and is not waited for.

#include "formats/format.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace annostraat {

class FormatRegistry;
class Store;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a taskId is chosen at first (when it is in the store).
    ExportDialog(Store &store, const FormatRegistry &registry, const QString &taskId,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    QComboBox *taskBox() const { return m_taskBox; }
    QComboBox *formatBox() const { return m_formatBox; }
    /// Whose work: data "all", "reviewed", "consensus" or "layer:<profile id>".
    QComboBox *whoseBox() const { return m_whoseBox; }
    /// What the export will write, once the preview is done.
    QLabel *previewLabel() const { return m_preview; }
    bool isPreviewing() const { return m_previewThread != nullptr; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *exportButton() const { return m_export; }
    QProgressBar *progressBar() const { return m_progress; }
    /// What the last export did, or why it failed.
    QLabel *resultLabel() const { return m_result; }
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// The preview of the current choice is shown.
    void previewReady();
    /// An export ended; \a path is the file written (empty when it failed).
    void exportFinished(bool ok, const QString &path);

public:
    /// Closes the dialog, but not while an export runs.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTasks(const QString &taskId);
    void fillFormats();
    void formatChosen();
    void browse();
    void startExport();
    void exportDone();
    void updateButtons();
    void fillWhose();
    void schedulePreview();
    void startPreview();
    void previewDone(const std::optional<Result<ExportSummary>> &outcome);
    ExportOptions chosenOptions() const;
    QString chosenTaskId() const;
    const Format *chosenFormat() const;

    Store &m_store;
    const FormatRegistry &m_registry;
    QLabel *m_intro = nullptr;
    QLabel *m_taskLabel = nullptr;
    QComboBox *m_taskBox = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_formatBox = nullptr;
    QLabel *m_formatSummary = nullptr;
    QLabel *m_whoseLabel = nullptr;
    QComboBox *m_whoseBox = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;

    QThread *m_thread = nullptr;
    std::optional<Result<ExportSummary>> m_outcome; ///< written by the worker before it ends
    QString m_runningPath;

    QThread *m_previewThread = nullptr; ///< deletes itself when done
    bool m_previewStale = false; ///< the choice changed while a preview ran
    QTimer *m_previewTimer = nullptr;
};

} // namespace annostraat
