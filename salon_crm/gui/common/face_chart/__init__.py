"""The face chart: markers placed on a face drawing, for the assessment and procedure
dialogs and, read-only, the client's card."""

from salon_crm.gui.common.face_chart.face_chart_view import FaceChartView

__all__ = ["FaceChartView"]
