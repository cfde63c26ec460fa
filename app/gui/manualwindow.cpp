// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

#ifndef ANNOSTRAAT_MANUAL_SOURCE_DIR
#define ANNOSTRAAT_MANUAL_SOURCE_DIR ""
#endif

namespace annostraat {

namespace {

const QString kStartPage = QStringLiteral("index.md");

bool holdsManual(const QString &folder)
{
    return !folder.isEmpty() &&
           QFileInfo::exists(QDir(folder).filePath(QStringLiteral("en/") + kStartPage));
}

} // namespace

ManualBrowser::ManualBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("manualBrowser"));
    setOpenLinks(true);
    setOpenExternalLinks(true); // a web address opens in the browser, not in here
}

QVariant ManualBrowser::loadResource(int type, const QUrl &name)
{
    QVariant loaded = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return loaded;
    QImage image = loaded.userType() == QMetaType::QImage ? loaded.value<QImage>()
                                                          : QImage::fromData(loaded.toByteArray());
    if (image.isNull())
        return loaded;
    // Screenshots are whole windows (1280 pixels wide): fit them in the text's width.
    const int room = qMax(320, viewport()->width() - 2 * int(document()->documentMargin()) - 8);
    if (image.width() > room)
        image = image.scaledToWidth(room, Qt::SmoothTransformation);
    return image;
}

ManualWindow::ManualWindow(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("manualWindow"));
    // Not modal: the manual may stay open beside the work.
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_browser = new ManualBrowser(this);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("manualBack"));
    m_home = new QPushButton(this);
    m_home->setObjectName(QStringLiteral("manualHome"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("manualClose"));
    m_back->setAutoDefault(false);
    m_home->setAutoDefault(false);
    m_close->setAutoDefault(false);
    buttons->addWidget(m_back);
    buttons->addWidget(m_home);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    m_back->setEnabled(false);
    connect(m_back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualWindow::pageChanged);
    retranslate();
    resize(900, 720);
    m_browser->setFocus();
}

QString ManualWindow::folder()
{
    // Installed: <prefix>/bin/annostraat and <prefix>/share/annostraat/manual.
    const QString installed =
            QDir(QCoreApplication::applicationDirPath())
                    .absoluteFilePath(QStringLiteral("../share/annostraat/manual"));
    if (holdsManual(installed))
        return QDir::cleanPath(installed);
    const QString source = QStringLiteral(ANNOSTRAAT_MANUAL_SOURCE_DIR);
    if (holdsManual(source))
        return QDir::cleanPath(source);
    return QString();
}

QString ManualWindow::startPage(const QString &language)
{
    const QString root = folder();
    if (root.isEmpty())
        return QString();
    const QString own = QDir(root).filePath(language + QLatin1Char('/') + kStartPage);
    if (!language.isEmpty() && QFileInfo::exists(own))
        return own;
    return QDir(root).filePath(QStringLiteral("en/") + kStartPage);
}

void ManualWindow::showStart(const QString &language)
{
    m_language = language;
    const QString page = startPage(language);
    if (page.isEmpty()) {
        m_missing = QDir(QCoreApplication::applicationDirPath())
                            .absoluteFilePath(QStringLiteral("../share/annostraat/manual"));
        m_title.clear();
        m_browser->setPlainText(tr("The manual is not installed on this PC: %1 was not found.")
                                        .arg(QDir::toNativeSeparators(QDir::cleanPath(m_missing))));
        retranslate();
        return;
    }
    m_missing.clear();
    m_browser->setSource(QUrl::fromLocalFile(page), QTextDocument::MarkdownResource);
    m_browser->clearHistory(); // Back starts from the start page
    pageChanged();
}

void ManualWindow::pageChanged()
{
    m_title.clear();
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 1) {
            m_title = b.text().trimmed();
            break;
        }
    }
    retranslate();
}

void ManualWindow::retranslate()
{
    setWindowTitle(m_title.isEmpty() ? tr("Manual") : tr("Manual \u2014 %1").arg(m_title));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("The page you read before (Alt+Left)"));
    m_home->setText(tr("&Start page"));
    m_home->setToolTip(tr("The first page of the manual"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the manual (Esc)"));
    m_browser->setAccessibleName(tr("Manual"));
}

void ManualWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace annostraat
