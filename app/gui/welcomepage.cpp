// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "fontwatcher.h"

#include "model/displaynames.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace annostraat {

namespace {
QString computerUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name == QLatin1String("root"))
        return {};
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 32);
    outer->addStretch(1);

    auto *column = new QWidget(this);
    // A calm reading width, growing with the text size (the buttons' texts stay whole).
    new FontWatcher(column, [column] {
        column->setMaximumWidth(std::max(760, column->fontMetrics().averageCharWidth() * 63));
    });
    column->setMaximumWidth(std::max(760, column->fontMetrics().averageCharWidth() * 63));
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(16);

    m_title = new QLabel(column);
    m_title->setProperty("role", QStringLiteral("heading"));
    m_intro = new QLabel(column);
    m_intro->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    m_name = new QLineEdit(column);
    m_name->setObjectName(QStringLiteral("welcomeName"));
    m_name->setMaxLength(80);
    m_role = new QComboBox(column);
    m_role->setObjectName(QStringLiteral("welcomeRole"));
    for (Role role : {Role::Annotator, Role::Reviewer, Role::TeamLead})
        m_role->addItem(QString(), QVariant::fromValue(int(role)));
    m_nameLabel = new QLabel(column);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel = new QLabel(column);
    m_roleLabel->setBuddy(m_role);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    layout->addLayout(form);

    m_problem = new QLabel(column);
    m_problem->setObjectName(QStringLiteral("welcomeProblem"));
    m_problem->setProperty("role", QStringLiteral("message"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    m_withDemo = new QPushButton(column);
    m_withDemo->setObjectName(QStringLiteral("startWithDemo"));
    m_withDemo->setDefault(true);
    m_withDemo->setAutoDefault(true);
    m_withoutDemo = new QPushButton(column);
    m_withoutDemo->setObjectName(QStringLiteral("startWithoutDemo"));
    m_withoutDemo->setAutoDefault(true);
    m_back = new QPushButton(column);
    m_back->setObjectName(QStringLiteral("welcomeBack"));
    m_back->setAutoDefault(true);
    buttons->addWidget(m_withDemo);
    buttons->addWidget(m_withoutDemo);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    layout->addLayout(buttons);

    m_footer = new QLabel(column);
    m_footer->setWordWrap(true);
    m_footer->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(m_footer);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 4);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(m_withDemo, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_withoutDemo, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_back, &QPushButton::clicked, this, &WelcomePage::backRequested);
    connect(m_name, &QLineEdit::textEdited, this, [this] { setProblem({}); });

    setTabOrder(m_name, m_role);
    setTabOrder(m_role, m_withDemo);
    setTabOrder(m_withDemo, m_withoutDemo);
    setTabOrder(m_withoutDemo, m_back);
    reset();
    retranslate();
}

void WelcomePage::setFirstStart(bool firstStart)
{
    m_firstStart = firstStart;
    m_back->setVisible(!firstStart);
    retranslate();
}

void WelcomePage::reset()
{
    m_name->setText(computerUserName());
    m_role->setCurrentIndex(0);
    setProblem({});
}

void WelcomePage::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void WelcomePage::start(bool withDemo)
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        setProblem(tr("Please fill in your name first."));
        m_name->setFocus();
        return;
    }
    Q_EMIT startRequested(name, Role(m_role->currentData().toInt()), withDemo);
}

void WelcomePage::keyPressEvent(QKeyEvent *event)
{
    // Enter anywhere on the page (e.g. on the role list) starts with the demo tasks, the
    // button drawn as the default.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        start(true);
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_firstStart) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WelcomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(m_firstStart ? tr("Welcome to Annostraat") : tr("New profile"));
    m_intro->setText(m_firstStart
                             ? tr("Annostraat keeps everything you do the moment you do it: there "
                                  "is nothing to save, "
                                  "and every step can be undone. Tell us who you are to begin.")
                             : tr("Add a profile for another person working on this computer."));
    m_nameLabel->setText(tr("&Your name"));
    m_roleLabel->setText(tr("&Role"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, DisplayNames::role(Role(m_role->itemData(i).toInt())));
    m_withDemo->setText(tr("Start with the demo tasks"));
    m_withDemo->setToolTip(
            tr("Creates your profile and a practice task for each kind of work (Enter)"));
    m_withoutDemo->setText(tr("Start without demo tasks"));
    m_withoutDemo->setToolTip(tr("Creates your profile only"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to the list of profiles (Esc)"));
    m_footer->setText(tr("You can change the language, the theme and the text size later in "
                         "Settings (Ctrl+,)."));
}

} // namespace annostraat
