// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "model/kinds/annotationkinds.h"
#include "model/palette.h"
#include "quality/reviewqueue.h"
#include "store/store.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTabWidget>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QValueAxis>
#include <QBarSet>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>
#include <utility>

namespace annostraat {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kTaskRole = Qt::UserRole + 1;

QTreeWidget *makeTable(QWidget *parent, const QString &objectName)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

QChartView *makeChartView(QWidget *parent, const QString &objectName)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // calm: nothing moves by itself
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setFocusPolicy(Qt::NoFocus); // the table beside it holds the same figures
    return view;
}

/// A count axis from 0 with whole-number ticks, at most about ten of them.
QValueAxis *countAxis(int largest)
{
    auto *axis = new QValueAxis;
    int step = 1;
    for (const int s : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000})
        if (std::max(largest, 1) / s <= 10) {
            step = s;
            break;
        }
    const int top = ((std::max(largest, 1) + step - 1) / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

/// Empties \a chart of its series and axes (removeAxis() only gives an axis back).
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// "3 h 20 min", or a dash for no time at all.
QString hoursAndMinutes(qint64 ms)
{
    return ms > 0 ? Dashboard::tr("%1 h %2 min").arg(ms / 3'600'000).arg((ms / 60'000) % 60) : QStringLiteral("–");
}

QString percent(double share)
{
    return Dashboard::tr("%1 %", "a percentage").arg(QLocale().toString(qRound(share * 100.0)));
}

/// Numbers right-aligned, so columns of figures read down.
QTreeWidgetItem *row(QTreeWidget *table, const QStringList &cells)
{
    auto *item = new QTreeWidgetItem(table, cells);
    for (int c = 1; c < cells.size(); ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

Dashboard::Dashboard(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("dashboard"));
    build();
    retranslate();
}

void Dashboard::build()
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto *taskRow = new QHBoxLayout;
    m_taskLabel = new QLabel(this);
    m_taskBox = new QComboBox(this);
    m_taskBox->setObjectName(QStringLiteral("dashboardTask"));
    m_taskLabel->setBuddy(m_taskBox);
    taskRow->addWidget(m_taskLabel);
    taskRow->addWidget(m_taskBox, 1);
    layout->addLayout(taskRow);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    connect(m_taskBox, &QComboBox::activated, this, [this](int index) {
        setTaskId(m_taskBox->itemData(index).toString());
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    layout->addWidget(m_tabs, 1);

    // Progress, and for an annotator their feedback.
    m_progressPage = new QWidget(m_tabs);
    auto *progressLayout = new QVBoxLayout(m_progressPage);
    m_progress = makeTable(m_progressPage, QStringLiteral("progressTable"));
    progressLayout->addWidget(m_progress, 1);
    m_progressChart = makeChartView(m_progressPage, QStringLiteral("progressChart"));
    progressLayout->addWidget(m_progressChart, 1);
    m_feedbackLabel = new QLabel(m_progressPage);
    m_feedback = makeTable(m_progressPage, QStringLiteral("feedbackList"));
    m_feedbackLabel->setBuddy(m_feedback);
    progressLayout->addWidget(m_feedbackLabel);
    progressLayout->addWidget(m_feedback, 1);
    m_tabs->addTab(m_progressPage, QString());

    m_reviewPage = new QWidget(m_tabs);
    auto *reviewLayout = new QVBoxLayout(m_reviewPage);
    m_review = makeTable(m_reviewPage, QStringLiteral("reviewTable"));
    reviewLayout->addWidget(m_review, 1);
    m_reviewChart = makeChartView(m_reviewPage, QStringLiteral("reviewChart"));
    reviewLayout->addWidget(m_reviewChart, 1);
    m_tabs->addTab(m_reviewPage, QString());

    m_qualityPage = new QWidget(m_tabs);
    auto *qualityLayout = new QVBoxLayout(m_qualityPage);
    auto *choices = new QHBoxLayout;
    m_figureLabel = new QLabel(m_qualityPage);
    m_figureBox = new QComboBox(m_qualityPage);
    m_figureBox->setObjectName(QStringLiteral("figureBox"));
    m_figureLabel->setBuddy(m_figureBox);
    m_workLabel = new QLabel(m_qualityPage);
    m_workBox = new QComboBox(m_qualityPage);
    m_workBox->setObjectName(QStringLiteral("workBox"));
    m_workLabel->setBuddy(m_workBox);
    choices->addWidget(m_figureLabel);
    choices->addWidget(m_figureBox);
    choices->addSpacing(12);
    choices->addWidget(m_workLabel);
    choices->addWidget(m_workBox, 1);
    qualityLayout->addLayout(choices);
    m_qualityEmpty = new QLabel(m_qualityPage);
    m_qualityEmpty->setWordWrap(true);
    qualityLayout->addWidget(m_qualityEmpty);
    m_trendChart = makeChartView(m_qualityPage, QStringLiteral("trendChart"));
    qualityLayout->addWidget(m_trendChart, 1);
    m_quality = makeTable(m_qualityPage, QStringLiteral("qualityTable"));
    qualityLayout->addWidget(m_quality, 1);
    m_tabs->addTab(m_qualityPage, QString());
    connect(m_figureBox, &QComboBox::currentIndexChanged, this, [this] { fillQuality(); fillTrend(); });
    connect(m_workBox, &QComboBox::currentIndexChanged, this, [this] { fillTrend(); });

    m_disagreementPage = new QWidget(m_tabs);
    auto *disagreementLayout = new QVBoxLayout(m_disagreementPage);
    m_disagreementIntro = new QLabel(m_disagreementPage);
    m_disagreementIntro->setWordWrap(true);
    disagreementLayout->addWidget(m_disagreementIntro);
    m_disagreement = makeTable(m_disagreementPage, QStringLiteral("disagreementList"));
    m_disagreementIntro->setBuddy(m_disagreement);
    disagreementLayout->addWidget(m_disagreement, 1);
    m_tabs->addTab(m_disagreementPage, QString());

    // Enter or a double click opens the item (QTreeWidget's itemActivated gives both).
    for (QTreeWidget *list : {m_disagreement, m_feedback})
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            const QString itemId = item ? item->data(0, kIdRole).toString() : QString();
            if (!itemId.isEmpty() && !m_taskId.isEmpty())
                Q_EMIT itemChosen(m_taskId, itemId);
        });
}

void Dashboard::retranslate()
{
    m_title->setText(isOwnView() ? tr("My progress") : tr("Dashboard"));
    m_taskLabel->setText(tr("&Task:"));
    m_tabs->setTabText(ProgressPage, isOwnView() ? tr("My pro&gress") : tr("&Progress"));
    m_tabs->setTabText(ReviewPage, tr("&Review"));
    m_tabs->setTabText(QualityPage, tr("&Agreement and gold"));
    m_tabs->setTabText(DisagreementPage, tr("&Most disagreement"));
    m_tabs->setTabToolTip(QualityPage, tr("How well each person's work matches the others' and the gold items, per kind of work, week by week"));
    m_feedbackLabel->setText(tr("Items with &feedback for you (Enter opens one):"));
    m_tabs->setAccessibleName(isOwnView() ? tr("My progress") : tr("Dashboard pages"));
    m_progress->setAccessibleName(tr("Progress per person"));
    m_feedback->setAccessibleName(tr("Items with feedback for you"));
    m_review->setAccessibleName(tr("Review outcomes per person"));
    m_quality->setAccessibleName(tr("Figures per person and kind of work"));
    m_disagreement->setAccessibleName(tr("Items with the most disagreement"));
    m_figureLabel->setText(tr("F&igure:"));
    m_workLabel->setText(tr("&Kind of work:"));
    m_disagreementIntro->setText(tr("The items where people's work differs most. Enter or a double "
                                    "click opens one."));
    m_progress->setHeaderLabels({tr("Person"), tr("Assigned"), tr("Done"), tr("Flagged"), tr("Skipped"),
                                 tr("To do"), tr("Time worked"), tr("Items per hour")});
    m_review->setHeaderLabels({tr("Person"), tr("In review"), tr("Feedback"), tr("Accepted"), tr("Corrected")});
    m_disagreement->setHeaderLabels({tr("Item"), tr("Disagreement"), tr("People")});
    m_feedback->setHeaderLabels({tr("Item"), tr("Comment")});
    const int figure = std::max(0, m_figureBox->currentIndex());
    {
        const QSignalBlocker block(m_figureBox);
        m_figureBox->clear();
        m_figureBox->addItem(tr("Agreement with the others"), AgreementFigure);
        m_figureBox->addItem(tr("Score against gold"), GoldFigure);
        m_figureBox->setCurrentIndex(figure);
    }
    m_figureBox->setToolTip(tr("Agreement: how well a person's work matches the others' on the same items. "
                               "Gold: how well it matches the team lead's reference on gold items."));
}

void Dashboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        redraw(); // the same figures in the other language
    }
    else if (event->type() == QEvent::PaletteChange)
        for (QChartView *view : {m_progressChart, m_reviewChart, m_trendChart})
            styleChart(view->chart());
}

void Dashboard::setViewer(const std::optional<Profile> &viewer)
{
    m_viewer = viewer;
    retranslate();
}

bool Dashboard::isOwnView() const
{
    return !m_viewer || (m_viewer->role != Role::TeamLead && m_viewer->role != Role::Reviewer);
}

bool Dashboard::seesPace() const
{
    return !isOwnView() || (m_task && m_task->schema.annotatorsSeePace());
}

void Dashboard::setTaskId(const QString &taskId)
{
    m_taskId = taskId;
    refresh();
}

Dashboard::~Dashboard()
{
    // The worker reads through its own connection and writes nothing of ours; it ends by
    // itself within the computation's time.
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void Dashboard::refresh()
{
    if (m_thread) {
        m_again = true; // the store moved on while computing: once more, after
        return;
    }
    m_again = false;
    fillTasks();
    const std::optional<Task> task = m_taskId.isEmpty() ? std::nullopt : m_store.task(m_taskId);
    m_names.clear();
    for (const Profile &p : m_store.profiles())
        m_names.insert(p.id, p.name);
    if (!task) {
        m_task.reset();
        m_figures = {};
        m_computeMs = 0;
        redraw();
        Q_EMIT refreshed();
        return;
    }
    // Decision 0023: a task of 10,000 items x 3 takes seconds, nearly all of it reading. The
    // worker opens the store file again and computes there; the window says it is counting,
    // keeps showing the figures it has, and draws the new ones when they come.
    struct Outcome
    {
        TaskFigures figures;
        std::optional<Message> error; ///< worded when shown (decision 0008)
        qint64 ms = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString only = isOwnView() ? (m_viewer ? m_viewer->id : QStringLiteral("-")) : QString();
    m_thread = QThread::create([outcome, path = m_store.path(), task = *task, only] {
        QElapsedTimer timer;
        timer.start();
        auto store = Store::open(path);
        if (!store) {
            outcome->error = store.error().what();
            return;
        }
        outcome->figures = TeamFigures::compute(**store, task, 20, only);
        if ((*store)->hasReadError()) // figures from half a read are not figures
            outcome->error = (*store)->readError().what();
        outcome->ms = timer.elapsed();
    });
    m_thread->setObjectName(QStringLiteral("annostraat-dashboard"));
    connect(
            m_thread, &QThread::finished, this,
            [this, outcome, task = *task, only] {
                m_thread->wait();
                delete std::exchange(m_thread, nullptr);
                // Asked again meanwhile: these figures are still newer than the ones shown, so
                // they are drawn when they are of the task and viewer still asked for (a store
                // that keeps changing must not keep the window counting for ever); then once more.
                const bool again = std::exchange(m_again, false);
                const QString nowOnly = isOwnView() ? (m_viewer ? m_viewer->id : QStringLiteral("-")) : QString();
                const bool current = task.id == m_taskId && only == nowOnly;
                if (outcome->error) {
                    m_summary->setText(tr("The figures could not be read: %1").arg(outcome->error->text()));
                } else if (current) {
                    m_task = task;
                    m_figures = std::move(outcome->figures);
                    m_computeMs = outcome->ms;
                    // People by name, as a person looks them up.
                    std::stable_sort(m_figures.progress.begin(), m_figures.progress.end(),
                                     [this](const PersonProgress &a, const PersonProgress &b) {
                                         return nameOf(a.person).compare(nameOf(b.person), Qt::CaseInsensitive) < 0;
                                     });
                    redraw();
                }
                Q_EMIT refreshed();
                if (again)
                    refresh();
            },
            Qt::QueuedConnection);
    const QString again = tr("(Counting again…)");
    if (!m_task || m_task->id != task->id)
        m_summary->setText(tr("Counting the figures of %1…").arg(task->name));
    else if (!m_summary->text().endsWith(again))
        m_summary->setText(m_summary->text() + QLatin1Char(' ') + again);
    m_thread->start(QThread::LowPriority);
}

void Dashboard::refreshSoon()
{
    // Work marked while the window is open: once, a moment later, and only while it is seen.
    if (!m_refreshTimer) {
        m_refreshTimer = new QTimer(this);
        m_refreshTimer->setSingleShot(true);
        m_refreshTimer->setInterval(1000);
        connect(m_refreshTimer, &QTimer::timeout, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    m_refreshTimer->start();
}

void Dashboard::redraw()
{
    const bool own = isOwnView();
    // Hidden and disabled, so no mnemonic reaches them, and empty: "My progress" holds nothing
    // about anyone else, not even from before a role changed.
    for (int page : {ReviewPage, QualityPage, DisagreementPage}) {
        m_tabs->setTabVisible(page, !own);
        m_tabs->setTabEnabled(page, !own);
    }
    if (own) {
        m_review->clear();
        m_quality->clear();
        m_disagreement->clear();
        for (QChartView *view : {m_reviewChart, m_trendChart})
            view->chart()->removeAllSeries();
    }
    m_feedbackLabel->setVisible(own);
    m_feedback->setVisible(own);
    m_progress->setColumnHidden(TimeColumn, !seesPace());
    m_progress->setColumnHidden(PaceColumn, !seesPace());

    if (!m_task)
        m_summary->setText(tr("There is no task yet."));
    else if (own)
        m_summary->setText(tr("Your own work on this task. Nobody is compared here."));
    else
        m_summary->setText(tr("%n person(s) on this task; %1 of the work done.", nullptr, int(m_figures.progress.size()))
                                   .arg(percent(m_figures.total.assigned > 0
                                                        ? double(m_figures.total.done) / m_figures.total.assigned
                                                        : 0.0)));
    fillProgress();
    fillFeedback();
    if (!own) {
        fillReview();
        fillWorks();
        fillQuality();
        fillTrend();
        fillDisagreement();
    }
}

void Dashboard::fillTasks()
{
    const QSignalBlocker block(m_taskBox);
    m_taskBox->clear();
    for (const Task &t : m_store.tasks())
        m_taskBox->addItem(t.name, t.id);
    int index = m_taskBox->findData(m_taskId);
    if (index < 0 && m_taskBox->count() > 0) {
        index = 0;
        m_taskId = m_taskBox->itemData(0).toString();
    }
    m_taskBox->setCurrentIndex(index);
}

QString Dashboard::nameOf(const QString &profileId) const
{
    return m_names.value(profileId, profileId);
}

QString Dashboard::workName(const QString &work) const
{
    const QString question = TeamFigures::questionOf(work);
    if (!question.isEmpty()) {
        if (m_task)
            for (const QuestionSpec &q : m_task->schema.questions())
                if (q.id == question)
                    return tr("Question \"%1\"").arg(q.text.isEmpty() ? q.id : q.text);
        return tr("Question \"%1\"").arg(question);
    }
    for (const AnnotationKindInfo *kind : AnnotationKinds::all())
        if (kind->id() == work)
            return kind->displayName();
    return work;
}

QString Dashboard::itemName(const Item &item) const
{
    return tr("%1 · %2").arg(item.order + 1).arg(QFileInfo(item.mediaPath).fileName());
}

void Dashboard::styleChart(QChart *chart) const
{
    const QPalette p = palette();
    chart->setBackgroundBrush(p.base());
    chart->setBackgroundPen(QPen(p.mid().color()));
    chart->setTitleBrush(p.text());
    chart->legend()->setLabelColor(p.text().color());
    chart->legend()->setFont(font());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(p.text());
        axis->setLabelsFont(font());
        axis->setTitleBrush(p.text());
        axis->setLinePenColor(p.text().color());
        axis->setGridLineColor(p.mid().color());
    }
}

void Dashboard::setBars(QChartView *view, const QList<std::pair<QString, QColor>> &parts,
                        const std::function<QList<int>(const PersonProgress &)> &counts, const QString &title)
{
    auto *chart = view->chart();
    clearChart(chart);
    auto *series = new QHorizontalStackedBarSeries;
    QList<QBarSet *> sets;
    for (const auto &[name, colour] : parts) {
        auto *set = new QBarSet(name);
        set->setColor(colour);
        set->setBorderColor(palette().text().color());
        sets << set;
        series->append(set);
    }
    // A horizontal bar chart draws its first category at the bottom: the last person first,
    // so the bars read top-down in the table's order.
    QStringList people;
    int largest = 0;
    for (auto p = m_figures.progress.crbegin(); p != m_figures.progress.crend(); ++p) {
        people << nameOf(p->person);
        const QList<int> values = counts(*p);
        for (qsizetype i = 0; i < sets.size(); ++i)
            sets[i]->append(values.value(i));
        largest = std::max(largest, int(std::accumulate(values.begin(), values.end(), 0)));
    }
    chart->addSeries(series);
    auto *peopleAxis = new QBarCategoryAxis;
    peopleAxis->append(people);
    chart->addAxis(peopleAxis, Qt::AlignLeft);
    series->attachAxis(peopleAxis);
    auto *count = countAxis(largest);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(count);
    chart->setTitle(title);
    styleChart(chart);
}

void Dashboard::fillProgress()
{
    m_progress->clear();
    for (const PersonProgress &p : m_figures.progress) {
        // Items per hour only over a minute's work or more: a few seconds say nothing.
        const double hours = p.timeSpentMs / 3'600'000.0;
        const QString pace = p.timeSpentMs >= 60'000 ? QLocale().toString((p.done + p.flagged) / hours, 'f', 1)
                                                    : QStringLiteral("–");
        auto *item = row(m_progress, {nameOf(p.person), QString::number(p.assigned), QString::number(p.done),
                                      QString::number(p.flagged), QString::number(p.skipped),
                                      QString::number(p.toDo()), hoursAndMinutes(p.timeSpentMs), pace});
        item->setData(0, kIdRole, p.person);
    }
    if (!m_figures.progress.isEmpty() && !isOwnView()) {
        const PersonProgress &t = m_figures.total;
        QFont bold = m_progress->font();
        bold.setBold(true);
        auto *total = row(m_progress, {tr("Everyone"), QString::number(t.assigned), QString::number(t.done),
                                       QString::number(t.flagged), QString::number(t.skipped),
                                       QString::number(t.toDo()), hoursAndMinutes(t.timeSpentMs), QString()});
        for (int c = 0; c < ProgressColumnCount; ++c)
            total->setFont(c, bold);
    }
    // Done green, flagged orange, skipped grey, started blue; "to do" an empty, outlined bar.
    setBars(m_progressChart,
            {{tr("Done"), QColor(paletteColour(2))},
             {tr("Flagged"), QColor(paletteColour(1))},
             {tr("Skipped"), QColor(paletteColour(7))},
             {tr("Started"), QColor(paletteColour(0))},
             {tr("To do"), palette().base().color()}},
            [](const PersonProgress &p) { return QList<int>{p.done, p.flagged, p.skipped, p.started, p.toDo()}; },
            isOwnView() ? tr("Your items") : tr("Items per person"));
    m_progressChart->setAccessibleName(tr("Chart: items per person"));
}

void Dashboard::fillFeedback()
{
    m_feedback->clear();
    if (!isOwnView() || !m_task || !m_viewer)
        return;
    // The task's verdicts on the viewer's work, read once; a rejection that stands is feedback.
    QList<std::pair<Item, QString>> waiting;
    for (const Review &review : m_store.reviews(m_task->id)) {
        if (review.annotator != m_viewer->id)
            continue;
        const auto state = ReviewQueue::stateOf(m_store.submission(review.itemId, m_viewer->id), review);
        if (state == ReviewState::Feedback)
            if (const auto item = m_store.item(review.itemId))
                waiting.append({*item, review.comment});
    }
    std::sort(waiting.begin(), waiting.end(), [](const auto &a, const auto &b) { return a.first.order < b.first.order; });
    for (const auto &[item, comment] : std::as_const(waiting)) {
        auto *entry = new QTreeWidgetItem(m_feedback, {itemName(item), comment});
        entry->setData(0, kIdRole, item.id);
    }
    if (m_feedback->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_feedback, {tr("No feedback waiting."), QString()});
        none->setFlags(Qt::NoItemFlags);
    }
}

void Dashboard::fillReview()
{
    m_review->clear();
    for (const PersonProgress &p : m_figures.progress) {
        auto *item = row(m_review, {nameOf(p.person), QString::number(p.inReview), QString::number(p.feedback),
                                    QString::number(p.accepted), QString::number(p.corrected)});
        item->setData(0, kIdRole, p.person);
    }
    setBars(m_reviewChart,
            {{tr("In review"), QColor(paletteColour(7))},
             {tr("Feedback"), QColor(paletteColour(1))},
             {tr("Accepted"), QColor(paletteColour(2))},
             {tr("Corrected"), QColor(paletteColour(0))}},
            [](const PersonProgress &p) { return QList<int>{p.inReview, p.feedback, p.accepted, p.corrected}; },
            tr("Review outcomes per person"));
    m_reviewChart->setAccessibleName(tr("Chart: review outcomes per person"));
}

void Dashboard::fillWorks()
{
    const QString current = m_workBox->currentData().toString();
    const QSignalBlocker block(m_workBox);
    m_workBox->clear();
    for (const QString &work : std::as_const(m_figures.works))
        m_workBox->addItem(workName(work), work);
    const int index = m_workBox->findData(current);
    m_workBox->setCurrentIndex(index >= 0 ? index : 0);
}

void Dashboard::fillQuality()
{
    // People × kinds of work, the figure over the whole task: who does which work best.
    m_quality->clear();
    const bool gold = m_figureBox->currentData().toInt() == GoldFigure;
    const QList<PersonSeries> &list = gold ? m_figures.gold : m_figures.agreement;
    QStringList header{tr("Person")};
    for (const QString &work : std::as_const(m_figures.works))
        header << workName(work);
    m_quality->setHeaderLabels(header);
    QMap<QString, QStringList> cells;
    for (const PersonSeries &s : list) {
        QStringList &line = cells[s.person];
        if (line.isEmpty()) {
            line << nameOf(s.person);
            for (qsizetype i = 0; i < m_figures.works.size(); ++i)
                line << QStringLiteral("–");
        }
        const qsizetype column = m_figures.works.indexOf(s.work);
        if (column >= 0)
            line[column + 1] = tr("%1 (%n item(s))", nullptr, s.items).arg(percent(s.overall));
    }
    QList<QStringList> lines = cells.values();
    std::sort(lines.begin(), lines.end(), [](const QStringList &a, const QStringList &b) {
        return a.first().compare(b.first(), Qt::CaseInsensitive) < 0;
    });
    for (const QStringList &line : std::as_const(lines))
        row(m_quality, line);
    if (gold && m_figures.goldItems == 0)
        m_qualityEmpty->setText(tr("No gold items in this task. A team lead opens an item, draws the right "
                                   "answer and marks it with Team → Gold item (Ctrl+Shift+G); then each "
                                   "person's score shows here."));
    else if (list.isEmpty())
        m_qualityEmpty->setText(tr("Nothing to compare yet: figures appear once two people have marked the same "
                                   "items done."));
    else
        m_qualityEmpty->setText(gold ? tr("%n gold item(s) in this task.", nullptr, m_figures.goldItems)
                                     : tr("Each person against everyone else on the same items."));
}

void Dashboard::fillTrend()
{
    auto *chart = m_trendChart->chart();
    clearChart(chart);
    const bool gold = m_figureBox->currentData().toInt() == GoldFigure;
    const QString work = m_workBox->currentData().toString();
    const QList<PersonSeries> &list = gold ? m_figures.gold : m_figures.agreement;

    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("dd-MM"));
    time->setTitleText(tr("Week"));
    auto *value = new QValueAxis;
    value->setRange(0, 100);
    value->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(value, Qt::AlignLeft);
    QDate first, last;
    int colour = 0;
    for (const PersonSeries &s : list) {
        if (s.work != work)
            continue;
        auto *line = new QLineSeries;
        line->setName(nameOf(s.person));
        // Points as well as lines: one week is a point, and a line alone would not show it.
        auto *points = new QScatterSeries;
        points->setMarkerSize(9);
        const QColor c(paletteColour(colour++));
        line->setColor(c);
        points->setColor(c);
        points->setBorderColor(palette().text().color());
        for (const WeekFigure &w : s.weeks) {
            const qreal x = QDateTime(w.week, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            line->append(x, w.value * 100.0);
            points->append(x, w.value * 100.0);
            first = first.isValid() ? std::min(first, w.week) : w.week;
            last = last.isValid() ? std::max(last, w.week) : w.week;
        }
        for (QXYSeries *xy : {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(points)}) {
            chart->addSeries(xy);
            xy->attachAxis(time);
            xy->attachAxis(value);
        }
        for (QLegendMarker *marker : chart->legend()->markers(points))
            marker->setVisible(false); // the line's marker names the person once
    }
    if (first.isValid()) {
        time->setRange(QDateTime(first.addDays(-3), QTime(0, 0), QTimeZone::utc()),
                       QDateTime(last.addDays(3), QTime(0, 0), QTimeZone::utc()));
        time->setTickCount(std::clamp(int(first.daysTo(last) / 7) + 1, 2, 8));
    }
    chart->setTitle(work.isEmpty() ? QString()
                                   : (gold ? tr("Score against gold: %1") : tr("Agreement: %1")).arg(workName(work)));
    // Without a figure there is nothing to draw: the text above the chart says why.
    m_trendChart->setVisible(first.isValid());
    styleChart(chart);
    m_trendChart->setAccessibleName(tr("Chart: %1 per person per week").arg(workName(work)));
}

void Dashboard::fillDisagreement()
{
    m_disagreement->clear();
    for (const ItemDisagreement &d : std::as_const(m_figures.mostDisagreement)) {
        QStringList names;
        for (const QString &p : d.people)
            names << nameOf(p);
        names.sort(Qt::CaseInsensitive);
        auto *item = row(m_disagreement, {itemName(d.item), percent(d.disagreement), names.join(QStringLiteral(", "))});
        item->setTextAlignment(2, Qt::AlignLeft | Qt::AlignVCenter);
        item->setData(0, kIdRole, d.item.id);
        item->setData(0, kTaskRole, d.item.taskId);
    }
    if (m_disagreement->topLevelItemCount() > 0 && !m_disagreement->currentItem())
        m_disagreement->setCurrentItem(m_disagreement->topLevelItem(0));
}

} // namespace annostraat
