// Every message of every language file is there, finished and faithful to its source: the test
// runs scripts/translations.sh (lupdate over core, ui and app) on copies of translations/*.ts and
// fails on what a person would see untranslated, on a placeholder lost or added, and on a
// checked-in file that differs from what lupdate makes of it.
#include "common/translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                current = Message{context,
                                  QString(),
                                  QString(),
                                  xml.attributes().value(QLatin1String("numerus")) == u"yes",
                                  {}};
            else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform")
                current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
            current = Message{};
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// "%1", "%2", …: what .arg() fills in, which a translation must keep, each of them.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured().remove(u'L'));
    return found;
}

bool hasCount(const QString &text)
{
    return text.contains(QLatin1String("%n")) || text.contains(QLatin1String("%Ln"));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_updated;
    const QString m_checkedIn = QStringLiteral(HOOKBOARD_SOURCE_DIR "/translations");

private slots:
    void initTestCase()
    {
        QVERIFY(m_updated.isValid());
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LUPDATE"), QStringLiteral(HOOKBOARD_LUPDATE));
        lupdate.setProcessEnvironment(environment);
        lupdate.start(QStringLiteral("bash"),
                      {QStringLiteral(HOOKBOARD_SOURCE_DIR "/scripts/translations.sh"),
                       QStringLiteral("--into"), m_updated.path()});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms");
        QTest::addColumn<bool>("singularIsOne");
        // Two plural forms each in Qt's rules. The singular of German and English is 1 alone, so
        // it may say "the last attempt" without the number; French's covers 0 and 1.
        QTest::newRow("German") << QStringLiteral("hookboard_de.ts") << 2 << true;
        QTest::newRow("French") << QStringLiteral("hookboard_fr.ts") << 2 << false;
        QTest::newRow("English plurals") << QStringLiteral("hookboard_en.ts") << 2 << true;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        QFETCH(bool, singularIsOne);
        QString error;
        const QList<Message> messages = readMessages(QDir(m_updated.path()).filePath(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QLatin1String(": \"") + m.source.left(70) + u'"';
            if (!m.type.isEmpty()) {
                problems << where + QLatin1String(" is ") + m.type;
                continue;
            }
            if (m.numerus && m.translations.size() != pluralForms) {
                problems << where + QStringLiteral(" has %1 plural forms, not %2")
                                        .arg(m.translations.size())
                                        .arg(pluralForms);
                continue;
            }
            for (qsizetype i = 0; i < m.translations.size(); ++i) {
                const QString &translation = m.translations.at(i);
                if (translation.trimmed().isEmpty())
                    problems << where + QLatin1String(" has an empty translation");
                else if (placeholders(translation) != placeholders(m.source))
                    problems << where + QLatin1String(" has other placeholders: \"") + translation + u'"';
                else if (m.numerus && !hasCount(translation) && !(i == 0 && singularIsOne))
                    problems << where + QLatin1String(" lost its %n: \"") + translation + u'"';
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 messages in %3 need work; run scripts/translations.sh "
                                           "and translate them:\n")
                                .arg(problems.size())
                                .arg(messages.size())
                                .arg(file) +
                            problems.mid(0, 40).join(u'\n')));
    }

    // The files are compiled into the core and found where Translations::install looks.
    void compiledLanguagesLoad()
    {
        QCOMPARE(hookboard::Translations::install(*QCoreApplication::instance(), QStringLiteral("fr")),
                 QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("hookboard::MainWindow", "Receivers"),
                 QStringLiteral("Destinataires"));
        QCOMPARE(hookboard::Translations::install(*QCoreApplication::instance(), QStringLiteral("de")),
                 QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("hookboard::MainWindow", "Receivers"),
                 QStringLiteral("Empfänger"));
        QCOMPARE(QCoreApplication::translate("hookboard::EventLogPage", "%Ln event(s)", nullptr, 1),
                 QStringLiteral("1 Ereignis"));
        QCOMPARE(QCoreApplication::translate("hookboard::EventLogPage", "%Ln event(s)", nullptr, 12),
                 QStringLiteral("12 Ereignisse"));
    }

    void checkedInFilesAreUpToDate_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"hookboard_de.ts", "hookboard_fr.ts", "hookboard_en.ts"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    // A message dropped from the sources (or a moved context) leaves the file differing from
    // lupdate's: the file is brought up to date and committed with the change.
    void checkedInFilesAreUpToDate()
    {
        QFETCH(QString, file);
        QFile checkedIn(QDir(m_checkedIn).filePath(file));
        QFile updated(QDir(m_updated.path()).filePath(file));
        QVERIFY(checkedIn.open(QIODevice::ReadOnly));
        QVERIFY(updated.open(QIODevice::ReadOnly));
        QVERIFY2(checkedIn.readAll() == updated.readAll(),
                 qPrintable(file + QLatin1String(" is not what scripts/translations.sh makes of the sources; "
                                                 "run it and commit the file")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
