#pragma once

#include <QObject>
#include <QString>
#include <functional>

class BrokerBackend;
class QWidget;

// File › Export definitions… and Import definitions…: a broker's definitions document (as
// RabbitMQ's management UI exports it) to and from a JSON file. The file is written and read on a
// worker thread; the import asks first and answers through the backend's operationFinished
// (Kind::ImportDefinitions). Progress and outcomes are reported as one translated sentence.
class DefinitionsFiles final : public QObject {
    Q_OBJECT
public:
    DefinitionsFiles(BrokerBackend* backend, QWidget* dialogParent);

    // Where to write (save == true) or what to read; empty: cancelled. A file dialog by default.
    using FileChooser = std::function<QString(bool save)>;
    void setFileChooser(FileChooser choose) { m_chooseFile = std::move(choose); }
    // Asks before importing; a message box by default.
    using Confirmation = std::function<bool(const QString& question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

public slots:
    void exportToFile();
    void importFromFile();

signals:
    // What happened, for the status bar: written, read, refused, or why not.
    void reported(const QString& message);

private:
    void import(const QByteArray& contents, const QString& path);

    BrokerBackend* m_backend;
    QWidget* m_dialogParent;
    FileChooser m_chooseFile;
    Confirmation m_confirm;
};
