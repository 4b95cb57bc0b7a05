package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Vaadin's upload speaks English by itself; this gives it the Dutch texts from the translations. */
public final class UploadTeksten {

    private UploadTeksten() {
    }

    public static void nederlands(Upload upload) {
        nederlands(upload, tekst(upload, "upload.fout.groot"), tekst(upload, "upload.fout.soort"));
    }

    /** The Dutch texts, with this upload's own words for a file that is too large or of the wrong type. */
    public static void nederlands(Upload upload, String teGroot, String verkeerdeSoort) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(tekst(upload, "upload.kies")).setMany(tekst(upload, "upload.kies")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(tekst(upload, "upload.sleep"))
                .setMany(tekst(upload, "upload.sleep")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(tekst(upload, "upload.fout.aantal"))
                .setFileIsTooBig(teGroot)
                .setIncorrectFileType(verkeerdeSoort));
        i18n.setFile(new UploadI18N.File().setRetry(tekst(upload, "upload.opnieuw"))
                .setStart(tekst(upload, "upload.start")).setRemove(tekst(upload, "upload.verwijder")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(tekst(upload, "upload.verbinden"))
                        .setStalled(tekst(upload, "upload.vast")).setProcessing(tekst(upload, "upload.verwerken"))
                        .setHeld(tekst(upload, "upload.wacht")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(tekst(upload, "upload.resterend"))
                        .setUnknown(tekst(upload, "upload.onbekend")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(tekst(upload, "upload.fout.server"))
                        .setUnexpectedServerError(tekst(upload, "upload.fout.server"))
                        .setForbidden(tekst(upload, "upload.fout.verboden"))
                        .setFileTooLarge(teGroot)));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
    }

    private static String tekst(Upload upload, String sleutel) {
        return upload.getTranslation(sleutel);
    }
}
