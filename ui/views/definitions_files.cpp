#include "views/definitions_files.h"

#include "backends/broker_backend.h"
#include "views/background_file_writer.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QWidget>
#include <memory>

namespace {

// A definitions file of a large broker is a few MiB; anything far larger is not one.
constexpr qint64 MaxDefinitionsBytes = qint64(64) << 20;

} // namespace

DefinitionsFiles::DefinitionsFiles(BrokerBackend* backend, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_backend(backend)
    , m_dialogParent(dialogParent) {
    m_chooseFile = [this](bool save) {
        const QString filter = tr("Definitions (*.json);;All files (*)");
        return save ? QFileDialog::getSaveFileName(m_dialogParent, tr("Export definitions"),
                                                   QStringLiteral("definitions.json"), filter)
                    : QFileDialog::getOpenFileName(m_dialogParent, tr("Import definitions"),
                                                   QString(), filter);
    };
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(m_dialogParent, tr("Import definitions"), question) ==
               QMessageBox::Yes;
    };
}

void DefinitionsFiles::exportToFile() {
    const QString path = m_chooseFile(true);
    if (path.isEmpty())
        return;
    emit reported(tr("Reading the definitions of %1…").arg(m_backend->displayName()));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_backend, &BrokerBackend::operationFinished, this,
                [this, connection, path](const warren::OperationResult& result) {
                    if (result.kind != warren::OperationResult::Kind::ExportDefinitions)
                        return;
                    disconnect(*connection);
                    if (!result.error.isEmpty()) {
                        emit reported(tr("Could not read the definitions: %1").arg(result.error));
                        return;
                    }
                    writeLinesInBackground(
                        this, path, {QJsonDocument(result.definitions).toJson()},
                        [this, path](const QString& writeError) {
                            emit reported(writeError.isEmpty()
                                              ? tr("Definitions exported to %1").arg(path)
                                              : tr("Could not write %1: %2").arg(path, writeError));
                        });
                });
    m_backend->execute(warren::commands::ExportDefinitions{});
}

void DefinitionsFiles::importFromFile() {
    const QString path = m_chooseFile(false);
    if (path.isEmpty())
        return;
    readFileInBackground(this, path, MaxDefinitionsBytes,
                         [this, path](const QByteArray& contents, const QString& error) {
                             if (!error.isEmpty())
                                 emit reported(tr("Could not read %1: %2").arg(path, error));
                             else
                                 import(contents, path);
                         });
}

void DefinitionsFiles::import(const QByteArray& contents, const QString& path) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        emit reported(
            tr("%1 is not a definitions file: %2")
                .arg(QFileInfo(path).fileName(), parseError.error != QJsonParseError::NoError
                                                     ? parseError.errorString()
                                                     : tr("it holds no JSON object")));
        return;
    }
    int objects = 0;
    const QJsonObject definitions = document.object();
    for (auto list = definitions.constBegin(); list != definitions.constEnd(); ++list)
        objects += int(list.value().toArray().size());
    if (!m_confirm(tr("Import %n definition(s) from %1 into %2? What exists there is updated; "
                      "nothing is deleted.",
                      nullptr, objects)
                       .arg(QFileInfo(path).fileName(), m_backend->displayName())))
        return;
    emit reported(tr("Importing definitions into %1…").arg(m_backend->displayName()));
    m_backend->execute(warren::commands::ImportDefinitions{definitions});
}
