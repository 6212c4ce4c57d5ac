import QtQuick 2.15
import QtQuick.Controls 2.15

// Main window
ApplicationWindow {
    id: root
    width: 640; height: 480
    visible: true
    title: qsTr("Counter %1").arg(count)

    property int count: 0
    property string label: "clicks"
    signal reset(int value, string reason)

    Column {
        anchors.centerIn: parent
        spacing: 8

        Text { text: root.count + " " + root.label; font.pixelSize: 24 }

        Button {
            text: "Increment"
            onClicked: {
                root.count += 1;
                if (root.count > 10) root.reset(0, "limit");
            }
        }
    }

    Behavior on opacity { NumberAnimation { duration: 200 } }

    function double(x) { return x * 2; }
    /* block comment */
}
