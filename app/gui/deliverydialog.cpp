// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverydialog.h"

#include "model/displaynames.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace annostraat {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

struct Person
{
    int assigned = 0;
    int done = 0;
    int flagged = 0;
    int annotations = 0;
    int files = 0;
    qint64 lastReceivedMs = 0;
};

QString whenText(qint64 ms, const QLocale &locale)
{
    if (ms <= 0)
        return QStringLiteral("\u2014");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    if (when.date() == QDate::currentDate())
        return locale.toString(when.time(), QLocale::ShortFormat);
    return locale.toString(when, QLocale::ShortFormat);
}
} // namespace

DeliveryDialog::DeliveryDialog(Store &store, const QString &taskId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_taskId(taskId)
{
    setObjectName(QStringLiteral("deliveryDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *taskRow = new QHBoxLayout;
    m_taskLabel = new QLabel(this);
    m_taskBox = new QComboBox(this);
    m_taskBox->setObjectName(QStringLiteral("deliveryTask"));
    m_taskBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_taskLabel->setBuddy(m_taskBox);
    taskRow->addWidget(m_taskLabel);
    taskRow->addWidget(m_taskBox);
    taskRow->addStretch(1);
    layout->addLayout(taskRow);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("deliveryTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 3);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(m_empty);

    m_refusedLabel = new QLabel(this);
    m_refusedLabel->setWordWrap(true);
    m_refused = new QTreeWidget(this);
    m_refused->setObjectName(QStringLiteral("deliveryRefused"));
    m_refused->setColumnCount(2);
    m_refused->setRootIsDecorated(false);
    m_refused->setWordWrap(true);
    m_refused->setTextElideMode(Qt::ElideNone);
    m_refused->header()->setStretchLastSection(true);
    m_refused->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_refusedLabel->setBuddy(m_refused);
    layout->addWidget(m_refusedLabel);
    layout->addWidget(m_refused, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("deliveryClose"));
    m_close->setDefault(true);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_taskBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_taskId = m_taskBox->itemData(index).toString();
        fillTable();
    });

    retranslate();
    resize(960, 560);
    m_table->setFocus();
}

QString DeliveryDialog::taskId() const
{
    return m_taskId;
}

void DeliveryDialog::setTaskId(const QString &taskId)
{
    m_taskId = taskId;
    refresh();
}

void DeliveryDialog::setShareFolder(const QString &folder)
{
    m_shareFolder = folder;
    fillTable();
}

void DeliveryDialog::refresh()
{
    fillTasks();
    fillTable();
}

int DeliveryDialog::rowOf(const QString &profileId) const
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        if (m_table->topLevelItem(i)->data(PersonColumn, kIdRole).toString() == profileId)
            return i;
    return -1;
}

void DeliveryDialog::fillTasks()
{
    const QSignalBlocker block(m_taskBox);
    m_taskBox->clear();
    const QList<Task> tasks = m_store.tasks();
    for (const Task &t : tasks)
        m_taskBox->addItem(t.name, t.id);
    int index = m_taskBox->findData(m_taskId);
    if (index < 0 && m_taskBox->count() > 0)
        index = 0;
    m_taskBox->setCurrentIndex(index);
    m_taskId = index >= 0 ? m_taskBox->itemData(index).toString() : QString();
}

void DeliveryDialog::fillTable()
{
    m_table->clear();
    m_refused->clear();
    std::map<QString, Person> people;
    QList<QStringList> refused;
    if (!m_taskId.isEmpty()) {
        const QHash<QString, QStringList> assignments = m_store.assignments(m_taskId);
        for (auto it = assignments.cbegin(); it != assignments.cend(); ++it)
            for (const QString &annotator : it.value())
                ++people[annotator].assigned;
        const QList<Submission> submissions = m_store.submissions(m_taskId);
        for (const Submission &s : submissions) {
            if (s.status == SubmissionStatus::Done)
                ++people[s.annotator].done;
            else if (s.status == SubmissionStatus::Flagged)
                ++people[s.annotator].flagged;
        }
        const QList<Annotation> annotations = m_store.taskAnnotations(m_taskId);
        for (const Annotation &a : annotations)
            if (!a.deleted && !a.suggested) // a suggestion is not yet anybody's work
                ++people[a.author].annotations;
        // results/<task>/<profile>/<file> and reviews/<task>/<profile>/<file>
        for (const QString &folder : {QStringLiteral("results/"), QStringLiteral("reviews/")}) {
            const auto seen = m_store.seenFiles(folder + m_taskId + QLatin1Char('/'));
            for (const auto &[path, file] : seen) {
                const QStringList parts = path.split(QLatin1Char('/'));
                if (parts.size() != 4)
                    continue;
                if (file.outcome == QLatin1String("refused")) {
                    refused << QStringList{parts.at(2), parts.at(3), path, file.problem.text()};
                    continue;
                }
                if (file.outcome != QLatin1String("imported"))
                    continue; // written by this PC
                Person &p = people[parts.at(2)];
                ++p.files;
                p.lastReceivedMs = qMax(p.lastReceivedMs, file.seenAtMs);
            }
        }
    }

    QHash<QString, Profile> profiles;
    const QList<Profile> all = m_store.profiles();
    for (const Profile &p : all)
        profiles.insert(p.id, p);
    QList<QPair<QString, QString>> order; // (name, id)
    for (const auto &[id, person] : people)
        order.append({profiles.contains(id) ? profiles.value(id).name : id, id});
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : std::as_const(order)) {
        const Person &p = people.at(id);
        QString who = name;
        if (profiles.contains(id))
            who = tr("%1 (%2)").arg(name, DisplayNames::role(profiles.value(id).role));
        auto *row = new QTreeWidgetItem(m_table);
        row->setText(PersonColumn, who);
        row->setData(PersonColumn, kIdRole, id);
        row->setToolTip(PersonColumn, id);
        row->setText(AssignedColumn, QString::number(p.assigned));
        row->setText(DoneColumn, QString::number(p.done));
        row->setText(FlaggedColumn, QString::number(p.flagged));
        row->setText(AnnotationsColumn, QString::number(p.annotations));
        row->setText(FilesColumn, QString::number(p.files));
        row->setText(LastReceivedColumn, whenText(p.lastReceivedMs, locale()));
        for (int c = AssignedColumn; c < ColumnCount; ++c)
            row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
    m_empty->setVisible(m_table->topLevelItemCount() == 0);

    // Messages name the file by its full path; relative to the share it reads shorter.
    QStringList roots;
    if (!m_shareFolder.isEmpty())
        roots << QDir(m_shareFolder).absolutePath() + QLatin1Char('/')
              << QDir::toNativeSeparators(QDir(m_shareFolder).absolutePath()) + QDir::separator();
    for (const QStringList &r : std::as_const(refused)) {
        const QString who = profiles.contains(r.at(0)) ? profiles.value(r.at(0)).name : r.at(0);
        QString message = r.at(3);
        for (const QString &root : std::as_const(roots))
            message.replace(root, QString());
        // The first column already names the file.
        for (const QString &name : {r.at(2), QDir::toNativeSeparators(r.at(2))})
            if (message.startsWith(name + QStringLiteral(": ")))
                message = message.mid(name.size() + 2);
        auto *row = new QTreeWidgetItem(m_refused,
                                        {QStringLiteral("%1\n%2").arg(who, r.at(1)), message});
        row->setToolTip(0, r.at(2));
        row->setToolTip(1, r.at(3));
    }
    m_refusedLabel->setText(
            refused.isEmpty()
                    ? tr("No files were refused for this task.")
                    : tr("&Refused files: these are not taken in and not tried again until they "
                         "change. Ask the person who made them to sync again."));
    m_refused->setVisible(!refused.isEmpty());
}

void DeliveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DeliveryDialog::retranslate()
{
    setWindowTitle(tr("Who delivered what"));
    m_table->setAccessibleName(tr("Who delivered what, per person"));
    m_intro->setText(tr("What this PC has received from the shared folder, per person. Press F5 "
                        "in the main window to sync first."));
    m_taskLabel->setText(tr("&Task"));
    m_table->setHeaderLabels({tr("Person"), tr("Assigned"), tr("Done"), tr("Flagged"),
                              tr("Annotations"), tr("Files"), tr("Last file")});
    m_table->headerItem()->setToolTip(
            FilesColumn, tr("Result and review files taken in from the shared folder"));
    m_table->headerItem()->setToolTip(LastReceivedColumn,
                                      tr("When this PC took in the person's latest file"));
    m_refused->setHeaderLabels({tr("Person and file"), tr("Problem")});
    for (int c = AssignedColumn; c < ColumnCount; ++c)
        m_table->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    m_empty->setText(tr("Nobody has been assigned or delivered anything for this task yet."));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this overview (Enter or Esc)"));
    refresh();
}

} // namespace annostraat
